package nl.eenplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/** M-4: invitees answer in EenPlan; who cannot come arranges a replacement; the organiser sees it all. */
class AnsweringTests extends RoundTableTest {

    @Test
    @DisplayName(
            "M-4: an invitee attends, declines or sends a replacement; each answer is logged and the organiser sees it")
    void inviteesAnswerAndTheOrganiserSeesTheAnswers() throws Exception {
        var id = plannedRoundTable();
        invite(id, piet, sanne);

        answer(id, sanne, "ATTEND", null, null).andExpect(flash().attribute("notice", "meeting.answered"));
        answer(id, piet, "DECLINE", null, null).andExpect(status().is3xxRedirection());
        answer(id, piet, "REPLACEMENT", "Karin Collega", "karin@schuldhulp.example")
                .andExpect(status().is3xxRedirection());

        var invitees = roundTables.detail(household, id, viewer(hanna)).invitees();
        assertThat(invitees)
                .filteredOn(i -> i.participantId().equals(mother().id()))
                .singleElement()
                .satisfies(i -> assertThat(i.answer()).isEqualTo(Answer.ATTEND));
        assertThat(invitees)
                .filteredOn(i -> i.participantId().equals(inTeam(piet).id()))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.answer()).isEqualTo(Answer.REPLACEMENT);
                    assertThat(i.replacementName()).isEqualTo("Karin Collega");
                    assertThat(i.replacementEmail()).isEqualTo("karin@schuldhulp.example");
                });
        assertThat(auditEvents(piet)).filteredOn("ROUND_TABLE_ANSWERED"::equals).hasSize(2);
        assertThat(auditEvents(sanne)).contains("ROUND_TABLE_ANSWERED");

        var page = page(id, hanna);
        assertThat(page).contains("Komt", "Stuurt iemand anders", "In de plaats komt: Karin Collega");
    }

    @Test
    @DisplayName("M-4: a replacement needs a name and an e-mail address; the page says what is missing")
    void aReplacementNeedsANameAndAnAddress() throws Exception {
        var id = plannedRoundTable();
        invite(id, piet);

        var page = answer(id, piet, "REPLACEMENT", "Karin Collega", "geen adres")
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Vul een goed e-mailadres in");
        assertThat(roundTables
                        .detail(household, id, viewer(hanna))
                        .invitees()
                        .getFirst()
                        .answered())
                .isFalse();
    }

    @Test
    @DisplayName("M-4: an answer about an invitation that changed since is refused with an explanation")
    void anAnswerAboutAnOldInvitationIsRefused() throws Exception {
        var id = plannedRoundTable();
        invite(id, piet);
        var old = find(id).sequence();
        var roundTable = find(id);
        roundTables.plan(
                household,
                id,
                viewer(hanna),
                roundTable.version(),
                new Schedule(
                        roundTable.window().latest(),
                        roundTable.schedule().start(),
                        roundTable.schedule().end(),
                        "Gemeentehuis",
                        false),
                roundTable.chairId(),
                roundTable.minuteTakerId());

        var page = mvc.perform(post(roundTable(id) + "/answer")
                        .with(as(piet))
                        .with(csrf())
                        .param("sequence", "" + old)
                        .param("answer", "ATTEND"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Iemand anders heeft deze Ronde Tafel net veranderd", "Gemeentehuis");
    }

    @Test
    @DisplayName("M-4: only invitees answer; a participant who is not invited sees no answer form and is not heard")
    void onlyInviteesAnswer() throws Exception {
        var id = plannedRoundTable();
        invite(id, piet);

        assertThat(page(id, sanne)).doesNotContain("Komt u naar de Ronde Tafel?");
        answer(id, sanne, "ATTEND", null, null).andExpect(status().isNotFound());
        assertThat(page(id, piet)).contains("Komt u naar de Ronde Tafel?");
    }

    private ResultActions answer(UUID id, AccountPrincipal person, String answer, String name, String email)
            throws Exception {
        var request = post(roundTable(id) + "/answer")
                .with(as(person))
                .with(csrf())
                .param("sequence", "" + find(id).sequence())
                .param("answer", answer);
        if (name != null) {
            request.param("replacementName", name).param("replacementEmail", email);
        }
        return mvc.perform(request);
    }

    private String page(UUID id, AccountPrincipal person) throws Exception {
        return mvc.perform(get(roundTable(id)).with(as(person)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
