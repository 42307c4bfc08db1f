package nl.eenplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.participation.ParticipantKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** round tables are seen by the household's participants only, network members see what they need. */
class RoundTablePrivacyTests extends RoundTableTest {

    @Test
    @DisplayName(
            "X-1: a non-participant, and a copy-only recipient, get 404 on every round-table URL and change nothing")
    void outsidersGetNotFoundEverywhere() throws Exception {
        var id = plannedRoundTable();
        invite(id, piet);
        minutes.recordMinutes(household, id, viewer(piet), find(id).version(), "Geheim verslag", Set.of(), null);
        var stranger = staff("Vera Vreemd");
        var doctor = staff("Dokter Copie");
        team.add(household, participant(ParticipantKind.PROFESSIONAL, doctor, "huisarts", false), doctor.id());
        var version = "" + find(id).version();

        for (var person : List.of(stranger, doctor)) {
            for (var request : requests(id, version)) {
                var body = mvc.perform(request.with(as(person)).with(csrf()))
                        .andExpect(status().isNotFound())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(body).doesNotContain(familyName).doesNotContain("Geheim verslag");
            }
            assertThat(auditEvents(person)).isEmpty();
        }
        mvc.perform(get("/households/" + household + "/round-tables/" + UUID.randomUUID())
                        .with(as(hanna)))
                .andExpect(status().isNotFound());
        assertThat(find(id).version()).isEqualTo(Integer.parseInt(version));
        assertThat(find(id).status()).isEqualTo(RoundTableStatus.PLANNED);
    }

    @Test
    @DisplayName("X-5: an invited network member sees date, place and agenda, never the minutes; uninvited, nothing")
    void aNetworkMemberSeesOnlyWhatTheyNeed() throws Exception {
        var grandma = citizen("Oma Jansen");
        networkMember(grandma);
        var notInvited = plannedRoundTable();
        var id = plannedRoundTable();
        invite(id, piet, grandma);
        minutes.recordMinutes(
                household, id, viewer(piet), find(id).version(), "Moeder vertelt over de schulden", Set.of(), null);
        minutes.decide(
                household,
                id,
                viewer(piet),
                find(id).version(),
                new NewDecision(DecisionKind.AGREEMENT, "Geheime afspraak", null, null, Set.of(), null, null, null));

        var page = mvc.perform(get(roundTable(id)).with(as(grandma)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Wijkcentrum De Brug", "Opening en kennismaking", "Komt u naar de Ronde Tafel?")
                .doesNotContain("Moeder vertelt over de schulden")
                .doesNotContain("Geheime afspraak")
                .doesNotContain("Wie komen er?");
        assertThat(roundTables
                        .detail(household, id, viewer(grandma))
                        .roundTable()
                        .minutes())
                .isEmpty();

        mvc.perform(get(roundTable(notInvited)).with(as(grandma))).andExpect(status().isNotFound());
        var list = mvc.perform(get(roundTables()).with(as(grandma)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(id.toString()).doesNotContain(notInvited.toString());
        mvc.perform(get(roundTable(id) + "/minutes").with(as(grandma))).andExpect(status().isNotFound());
        mvc.perform(get(roundTable(id) + "/planning").with(as(grandma))).andExpect(status().isNotFound());

        var motherSees = mvc.perform(get(roundTable(id)).with(as(sanne)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(motherSees).contains("Moeder vertelt over de schulden", "Afspraak: Geheime afspraak");
    }

    private List<MockHttpServletRequestBuilder> requests(UUID id, String version) {
        var rt = roundTable(id);
        return List.of(
                get(roundTables()),
                post(roundTables()).param("initiatedOn", ""),
                get(rt),
                get(rt + "/planning"),
                get(rt + "/agenda"),
                get(rt + "/minutes"),
                post(rt + "/planning")
                        .param("version", version)
                        .param("date", "2026-12-01")
                        .param("start", "10:00")
                        .param("end", "11:00")
                        .param("place", "Elders"),
                post(rt + "/invitations")
                        .param("version", version)
                        .param("participantIds", UUID.randomUUID().toString()),
                post(rt + "/answer").param("sequence", "0").param("answer", "ATTEND"),
                post(rt + "/cancel").param("version", version),
                post(rt + "/agenda").param("version", version).param("newItem", "Iets"),
                post(rt + "/minutes").param("version", version).param("minutes", "Overschreven"),
                post(rt + "/decisions")
                        .param("version", version)
                        .param("kind", "AGREEMENT")
                        .param("text", "Niets"),
                post(rt + "/coordinator")
                        .param("version", version)
                        .param("coordinationVersion", "0")
                        .param("coordinatorId", UUID.randomUUID().toString())
                        .param("form", "SELF_DIRECTION")
                        .param("chosenBy", "HOUSEHOLD"));
    }
}
