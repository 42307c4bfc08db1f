package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.LegalRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who coordinates a household's plan, as the coordination page shows and records it (R). */
class CoordinationPageTests extends HouseholdPageTest {

    private Person professional;
    private String householdName;
    private UUID householdId;
    private UUID hanna;

    @BeforeEach
    void aRegisteredFamily() {
        professional = professional("Hanna Hulp");
        householdName = uniqueName("Gezin Jansen");
        householdId = consentedFamily(professional, householdName);
        hanna = participant(householdId, "Hanna Hulp").id();
    }

    @Test
    @DisplayName("R-1: every participant sees who coordinates; only editors may change it")
    void everyParticipantSeesWhoCoordinates() throws Exception {
        mvc.perform(choice(professional, 0, hanna)).andExpect(redirectedUrl(page()));
        var grandma = citizen("Oma Jansen");
        addNetworkMember(householdId, "Oma Jansen", "oma", grandma.id());

        mvc.perform(get(page()).with(grandma.login()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hanna Hulp, " + provider.name())))
                .andExpect(content().string(containsString("Casusregie")))
                .andExpect(content().string(not(containsString("Regie opslaan"))));
        mvc.perform(choice(grandma, 1, hanna)).andExpect(status().isNotFound());
        assertThat(coordinations.of(householdId).version()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-5: an enforcing party cannot coordinate while a measure is considered; the page says why")
    void anEnforcingPartyIsRefusedWhileAMeasureIsConsidered() throws Exception {
        var council = addProfessional(householdId, "Ria Raad", uniqueEmail("raad"), true, null, null);

        mvc.perform(choice(professional, 0, council.id()).param("enforcementConsidered", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Deze organisatie kan nu geen regisseur zijn.")));
        assertThat(coordinations.of(householdId).hasCoordinator()).isFalse();

        mvc.perform(post(page())
                        .with(professional.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("coordinatorId", "iemand")
                        .param("form", "ALLES")
                        .param("chosenBy", "HOUSEHOLD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kies de regisseur.")))
                .andExpect(content().string(containsString("Kies de vorm van regie.")));
        mvc.perform(choice(professional, 0, council.id())).andExpect(redirectedUrl(page()));
        assertThat(coordinations.of(householdId).coordinatorId()).isEqualTo(council.id());
    }

    @Test
    @DisplayName("R-8: when the people involved disagree, only the access team records the choice")
    void aDisputedChoiceNeedsTheAccessTeam() throws Exception {
        mvc.perform(get(page()).with(professional.login()))
                .andExpect(content().string(not(containsString("value=\"ACCESS_TEAM\""))));
        mvc.perform(choice(professional, 0, hanna).param("disputed", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Dan beslist het toegangsteam wie de regie heeft.")));
        mvc.perform(choice(professional, 0, hanna, ChosenBy.ACCESS_TEAM))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Alleen iemand van het toegangsteam")));
        assertThat(coordinations.of(householdId).hasCoordinator()).isFalse();

        var accessTeam =
                organisations.found(uniqueName("Toegangsteam"), OrganisationKind.ACCESS_TEAM, municipality.id());
        var member = staff("Tamara Toegang", accessTeam, StaffRole.ACCESS_TEAM_MEMBER);
        addProfessional(householdId, "Tamara Toegang", member.email(), false, null, member.id());
        shareWholePlanWith(householdId, member.id());
        mvc.perform(get(page()).with(member.login()))
                .andExpect(content().string(containsString("value=\"ACCESS_TEAM\"")));
        mvc.perform(choice(member, 0, hanna, ChosenBy.ACCESS_TEAM).param("disputed", "true"))
                .andExpect(redirectedUrl(page()));
        assertThat(coordinations.of(householdId).chosenBy()).isEqualTo(ChosenBy.ACCESS_TEAM);
    }

    @Test
    @DisplayName("R-6: in a threatening situation the page points to the family guardian")
    void aThreateningSituationPointsToTheFamilyGuardian() throws Exception {
        addProfessional(householdId, "Gerda Voogd", uniqueEmail("voogd"), false, LegalRole.FAMILY_GUARDIAN, null);

        mvc.perform(choice(professional, 0, hanna).param("threatening", "true")).andExpect(redirectedUrl(page()));
        mvc.perform(get(page()).with(professional.login()))
                .andExpect(content().string(containsString("De situatie is bedreigend.")))
                .andExpect(content().string(containsString("Dan wijst de methode naar Gerda Voogd")));
    }

    @Test
    @DisplayName(
            "R-7: a handover keeps the full history and mails the professionals a link, without the household's name")
    void aHandoverKeepsTheHistoryAndInformsTheProfessionals() throws Exception {
        var keesEmail = uniqueEmail("kees");
        var kees = addProfessional(householdId, "Kees Collega", keesEmail, false, null, null);
        mvc.perform(choice(professional, 0, hanna)).andExpect(redirectedUrl(page()));

        mvc.perform(post(page() + "/handover")
                        .with(professional.login())
                        .with(csrf())
                        .param("version", "1")
                        .param("successorId", kees.id().toString())
                        .param("note", "Kees neemt het over na de zomer."))
                .andExpect(redirectedUrl(page()));

        assertThat(coordinations.of(householdId).coordinatorId()).isEqualTo(kees.id());
        var history = coordinations.history(householdId);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).coordinatorId()).isEqualTo(hanna);
        assertThat(history.get(0).endedAt()).isNotNull();
        assertThat(history.get(1).coordinatorId()).isEqualTo(kees.id());
        assertThat(history.get(1).handoverNote()).isEqualTo("Kees neemt het over na de zomer.");
        mvc.perform(get(page()).with(professional.login()))
                .andExpect(content().string(containsString("Kees neemt het over na de zomer.")))
                .andExpect(content().string(containsString("Nu nog")));

        for (var recipient : new String[] {keesEmail, professional.email()}) {
            var body = (String)
                    awaitMail(recipient, "Regie overgedragen in EenPlan").getContent();
            assertThat(body).contains(MAIL_BASE_URL + "/households/" + householdId + "/plan");
            assertThat(body).doesNotContain(householdName).doesNotContain("Jansen");
        }
    }

    @Test
    @DisplayName("R-1: a choice made on an outdated page is refused with the current state, and changes nothing")
    void aStaleChoiceChangesNothing() throws Exception {
        var kees = addProfessional(householdId, "Kees Collega", uniqueEmail("kees"), false, null, null);
        mvc.perform(choice(professional, 0, hanna)).andExpect(redirectedUrl(page()));

        mvc.perform(choice(professional, 0, kees.id()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft de regie net veranderd.")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(post(page() + "/handover")
                        .with(professional.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("successorId", kees.id().toString()))
                .andExpect(status().isConflict());

        var state = coordinations.of(householdId);
        assertThat(state.coordinatorId()).isEqualTo(hanna);
        assertThat(state.version()).isEqualTo(1);
        assertThat(coordinations.history(householdId)).hasSize(1);
    }

    private String page() {
        return "/households/" + householdId + "/coordination";
    }

    private MockHttpServletRequestBuilder choice(Person who, int version, UUID coordinatorId) {
        return choice(who, version, coordinatorId, ChosenBy.HOUSEHOLD);
    }

    private MockHttpServletRequestBuilder choice(Person who, int version, UUID coordinatorId, ChosenBy chosenBy) {
        return post(page())
                .with(who.login())
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("coordinatorId", coordinatorId.toString())
                .param("form", "CASE_COORDINATION")
                .param("chosenBy", chosenBy.name());
    }

    /** Waits up to ten seconds for a mail with this subject to this address. */
    private static MimeMessage awaitMail(String recipient, String subject) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (var message : SMTP.getReceivedMessages()) {
                var to = Arrays.stream(message.getAllRecipients())
                        .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                if (to && subject.equals(message.getSubject())) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail '" + subject + "' to " + recipient + " within ten seconds");
    }
}
