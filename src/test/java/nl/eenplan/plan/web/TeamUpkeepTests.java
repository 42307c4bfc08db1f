package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.audit.AuditEntry;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.ParticipantUpkeep;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeping the team up to date (H-2, H-3, R-7): editing a participant, switching between active and
 * copy-only, and leaving with an end date and a mail to the chain (real SMTP); each in the team's
 * history and the access log; stale forms change nothing.
 */
class TeamUpkeepTests extends HouseholdPageTest {

    @Autowired
    ParticipantUpkeep upkeep;

    @Autowired
    AuditLog audit;

    @Test
    @DisplayName(
            "H-2, X-1: a participant's relation, days, phone, e-mail and organisation are edited, logged and in the history")
    void aParticipantIsEdited() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = consentedFamily(hanna, uniqueName("Gezin Jansen"));
        var piet = addProfessional(householdId, "Piet Zorg", uniqueEmail("piet"), false, null, null);
        var other =
                organisations.found(uniqueName("Schuldhulp"), nl.eenplan.organisation.OrganisationKind.PROVIDER, null);

        mvc.perform(post("/households/{id}/team/{p}/edit", householdId, piet.id())
                        .with(hanna.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("relation", "schuldhulp van moeder")
                        .param("reachableDays", "MONDAY", "THURSDAY")
                        .param("phone", "06 12345678")
                        .param("email", "piet@schuldhulp.example")
                        .param("organisationId", other.id().toString()))
                .andExpect(redirectedUrl("/households/" + householdId + "/team"));

        var edited = team.find(piet.id()).orElseThrow();
        assertThat(edited.relation()).isEqualTo("schuldhulp van moeder");
        assertThat(edited.reachableDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        assertThat(edited.phone()).isEqualTo("06 12345678");
        assertThat(edited.email()).isEqualTo("piet@schuldhulp.example");
        assertThat(edited.organisationId()).isEqualTo(other.id());
        assertThat(audit.ofAccount(hanna.id(), 5)).extracting(AuditEntry::event).contains("PARTICIPANT_EDITED");
        mvc.perform(get("/households/{id}/team", householdId).with(hanna.login()))
                .andExpect(content().string(containsString("De gegevens van Piet Zorg zijn aangepast.")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Verbeterd: relatie met het gezin, bereikbaar op, telefoonnummer, e-mailadres, organisatie.")));
    }

    @Test
    @DisplayName(
            "H-2: an edit on a stale version changes nothing and says so in Dutch (409); a bad phone number is refused (422)")
    void aStaleOrWrongEditChangesNothing() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = consentedFamily(hanna, uniqueName("Gezin Jansen"));
        var piet = addProfessional(householdId, "Piet Zorg", uniqueEmail("piet"), false, null, null);

        mvc.perform(post("/households/{id}/team/{p}/edit", householdId, piet.id())
                        .with(hanna.login())
                        .with(csrf())
                        .param("version", "3")
                        .param("relation", "iets anders")
                        .param("organisationId", provider.id().toString()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft dit net veranderd")));
        mvc.perform(post("/households/{id}/team/{p}/edit", householdId, piet.id())
                        .with(hanna.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("relation", "iets anders")
                        .param("phone", "bel me")
                        .param("organisationId", provider.id().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Dit is geen goed telefoonnummer.")));

        assertThat(team.find(piet.id()).orElseThrow().relation()).isEqualTo("hulpverlener");
        assertThat(upkeep.versions(householdId).get(piet.id())).isZero();
    }

    @Test
    @DisplayName(
            "H-3: the household decides who is copy-only: the mother switches a professional; another professional may not")
    void theHouseholdSwitchesBetweenActiveAndCopyOnly() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = consentedFamily(hanna, uniqueName("Gezin Jansen"));
        var piet = professional("Piet Zorg");
        var pietInTeam = addProfessional(householdId, "Piet Zorg", piet.email(), false, null, piet.id());
        var gp = addProfessional(householdId, "Huisarts De Boer", uniqueEmail("huisarts"), false, null, null);
        shareWholePlanWith(householdId, hanna.id(), piet.id());
        var mother = citizen("Sanne Jansen");
        team.linkAccount(participant(householdId, "Sanne Jansen").id(), mother.id());
        households.linkAccount(member(householdId, "Sanne").id(), mother.id());

        // Hanna took the case up and no coordinator is chosen yet, so Piet is neither.
        mvc.perform(post("/households/{id}/team/{p}/participation", householdId, gp.id())
                        .with(piet.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("active", "false"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Het gezin beslist wie alleen een kopie krijgt.")));
        assertThat(team.find(gp.id()).orElseThrow().active()).isTrue();

        mvc.perform(post("/households/{id}/team/{p}/participation", householdId, gp.id())
                        .with(mother.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("active", "false"))
                .andExpect(redirectedUrl("/households/" + householdId + "/team"));
        var copyOnly = team.find(gp.id()).orElseThrow();
        assertThat(copyOnly.active()).isFalse();
        assertThat(copyOnly.receivesCopy()).isTrue();

        mvc.perform(post("/households/{id}/team/{p}/participation", householdId, gp.id())
                        .with(mother.login())
                        .with(csrf())
                        .param("version", "1")
                        .param("active", "true"))
                .andExpect(redirectedUrl("/households/" + householdId + "/team"));
        assertThat(team.find(gp.id()).orElseThrow().active()).isTrue();
        assertThat(team.find(pietInTeam.id()).orElseThrow().active()).isTrue();
        mvc.perform(get("/households/{id}/team", householdId).with(mother.login()))
                .andExpect(content().string(containsString("Huisarts De Boer krijgt nu alleen een kopie.")))
                .andExpect(content().string(containsString("Huisarts De Boer doet nu actief mee.")));
    }

    @Test
    @DisplayName("R-7: a professional leaves with an end date; the chain gets a mail; he no longer sees the team")
    void aProfessionalLeavesTheTeamAndTheChainIsMailed() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = consentedFamily(hanna, uniqueName("Gezin Jansen"));
        var piet = professional("Piet Zorg");
        var pietInTeam = addProfessional(householdId, "Piet Zorg", piet.email(), false, null, piet.id());
        shareWholePlanWith(householdId, hanna.id(), piet.id());
        var yesterday = LocalDate.now().minusDays(1);

        mvc.perform(post("/households/{id}/team/{p}/leave", householdId, pietInTeam.id())
                        .with(hanna.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("coordinationVersion", "0")
                        .param("endedOn", LocalDate.now().toString()))
                .andExpect(redirectedUrl("/households/" + householdId + "/team"));

        assertThat(team.find(pietInTeam.id())).isEmpty();
        var toHanna = awaitMailTo(hanna.email());
        assertThat(toHanna.getSubject()).isEqualTo("Iemand is uit een team vertrokken in EenPlan");
        assertThat(toHanna.getContent().toString())
                .contains("/households/" + householdId + "/team")
                .doesNotContain("Jansen");
        assertThat(awaitMailTo(piet.email()).getSubject()).isEqualTo("U bent uit een team vertrokken in EenPlan");
        mvc.perform(get("/households/{id}/team", householdId).with(piet.login()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/households/{id}/team", householdId).with(hanna.login()))
                .andExpect(content().string(containsString("Piet Zorg is vertrokken uit het team.")));
        assertThat(audit.ofAccount(hanna.id(), 5)).extracting(AuditEntry::event).contains("PARTICIPANT_LEFT");
        assertThat(yesterday).isBefore(LocalDate.now());
    }

    @Test
    @DisplayName(
            "R-7: an end date in the future or before joining is refused in Dutch (422); nobody leaves, nothing is mailed")
    void aWrongEndDateIsRefused() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = consentedFamily(hanna, uniqueName("Gezin Jansen"));
        var pietEmail = uniqueEmail("piet");
        var piet = addProfessional(householdId, "Piet Zorg", pietEmail, false, null, null);
        var mailsBefore = SMTP.getReceivedMessages().length;

        for (var date : new String[] {LocalDate.now().plusDays(1).toString(), "2001-01-01", "", "31-12-2026"}) {
            mvc.perform(post("/households/{id}/team/{p}/leave", householdId, piet.id())
                            .with(hanna.login())
                            .with(csrf())
                            .param("version", "0")
                            .param("coordinationVersion", "0")
                            .param("endedOn", date))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("dag in het team")));
        }
        assertThat(team.find(piet.id())).isPresent();
        Thread.sleep(500);
        assertThat(SMTP.getReceivedMessages()).hasSize(mailsBefore);
    }

    @Test
    @DisplayName(
            "R-7: the coordinator leaves only after handing over; the successor coordinates and the history keeps both")
    void theCoordinatorHandsOverBeforeLeaving() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = consentedFamily(hanna, uniqueName("Gezin Jansen"));
        var piet = professional("Piet Zorg");
        var pietInTeam = addProfessional(householdId, "Piet Zorg", piet.email(), false, null, piet.id());
        shareWholePlanWith(householdId, hanna.id(), piet.id());
        var hannaInTeam = participant(householdId, "Hanna Hulp");
        coordinate(householdId, hannaInTeam.id(), hanna.id());
        var version = coordinations.of(householdId).version();

        mvc.perform(get("/households/{id}/team/{p}/leave", householdId, hannaInTeam.id())
                        .with(hanna.login()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wie neemt de regie over?")));
        mvc.perform(post("/households/{id}/team/{p}/leave", householdId, hannaInTeam.id())
                        .with(hanna.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("coordinationVersion", String.valueOf(version))
                        .param("endedOn", LocalDate.now().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(containsString("De regisseur kan pas weg als iemand anders de regie overneemt.")));
        assertThat(coordinations.of(householdId).coordinatorId()).isEqualTo(hannaInTeam.id());

        mvc.perform(post("/households/{id}/team/{p}/leave", householdId, hannaInTeam.id())
                        .with(hanna.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("coordinationVersion", String.valueOf(version))
                        .param("endedOn", LocalDate.now().toString())
                        .param("successorId", pietInTeam.id().toString())
                        .param("note", "Met moeder besproken: Piet neemt het over."))
                .andExpect(redirectedUrl("/my-work"));

        assertThat(coordinations.of(householdId).coordinatorId()).isEqualTo(pietInTeam.id());
        assertThat(team.find(hannaInTeam.id())).isEmpty();
        assertThat(coordinations.history(householdId))
                .extracting(h -> h.coordinatorId())
                .containsExactly(hannaInTeam.id(), pietInTeam.id());
        assertThat(awaitMailTo(piet.email()).getSubject())
                .isIn("Iemand is uit een team vertrokken in EenPlan", "Regie overgedragen in EenPlan");
    }

    @Test
    @DisplayName("R-7: a stale coordination version changes nothing: the coordinator stays and nobody leaves (409)")
    void aStaleHandoverChangesNothing() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = consentedFamily(hanna, uniqueName("Gezin Jansen"));
        var piet = professional("Piet Zorg");
        var pietInTeam = addProfessional(householdId, "Piet Zorg", piet.email(), false, null, piet.id());
        shareWholePlanWith(householdId, hanna.id(), piet.id());
        var hannaInTeam = participant(householdId, "Hanna Hulp");
        coordinate(householdId, hannaInTeam.id(), hanna.id());

        mvc.perform(post("/households/{id}/team/{p}/leave", householdId, hannaInTeam.id())
                        .with(hanna.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("coordinationVersion", "0")
                        .param("endedOn", LocalDate.now().toString())
                        .param("successorId", pietInTeam.id().toString()))
                .andExpect(status().isConflict());

        assertThat(coordinations.of(householdId).coordinatorId()).isEqualTo(hannaInTeam.id());
        assertThat(team.find(hannaInTeam.id())).isPresent();
    }

    private void coordinate(UUID householdId, UUID coordinatorId, UUID actor) {
        coordinations.decide(
                householdId,
                new CoordinatorChoice(
                        coordinatorId,
                        CoordinationForm.CASE_COORDINATION,
                        Set.of(),
                        null,
                        ChosenBy.HOUSEHOLD,
                        false,
                        false,
                        false),
                coordinations.of(householdId).version(),
                actor,
                false);
    }
}
