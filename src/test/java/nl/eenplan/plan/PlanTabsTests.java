package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.eenplan.testing.ConsentFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plan as tab pages: tab 1's situation and help question, tab 2, tab 5, and who sees which tab. */
class PlanTabsTests extends PlanPageTest {

    @Test
    @DisplayName("PL-1: tab 1 keeps the household's situation and help question; goals are on tab 2, each tab marked")
    void tab1KeepsTheSituationAndHelpQuestion() throws Exception {
        action(goal("Sara gaat elke dag naar school"), "Wekker zetten");
        mvc.perform(post(plan() + "/tab1")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("arrangement", "PHONE")
                        .param("situation", "Sanne zorgt alleen voor Sara en is moe.")
                        .param("helpQuestion", "Hoe krijgen we weer rust in huis?"))
                .andExpect(redirectedUrl(plan() + "#tab1"));

        mvc.perform(get(plan()).with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sanne zorgt alleen voor Sara en is moe.")))
                .andExpect(content().string(containsString("Hoe krijgen we weer rust in huis?")))
                .andExpect(content().string(containsString("aria-current=\"page\">1. Situatie en hulpvraag")))
                .andExpect(content().string(not(containsString("Wekker zetten"))));
        mvc.perform(get(approach()).with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-current=\"page\">2. Doelen en afspraken")))
                .andExpect(content().string(containsString("Wekker zetten")))
                .andExpect(content().string(not(containsString("Sanne zorgt alleen voor Sara"))));
    }

    @Test
    @DisplayName("PL-1, PL-9: a version keeps the situation and help question; versions compare them")
    void aVersionKeepsTheSituation() throws Exception {
        hannaCoordinates();
        action(goal("Rust in huis"), "Samen eten");
        planEditing.updateTab1(
                household,
                viewer(hanna),
                version(),
                new Tab1(null, null, "", false, null, null, "Moe", "Rust", java.util.Set.of(), false));
        establish();

        mvc.perform(get(plan() + "/versions/1").with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Situatie en hulpvraag")))
                .andExpect(content().string(containsString("Hoe gaat het nu met het gezin?")))
                .andExpect(content().string(containsString("Moe")));
    }

    @Test
    @DisplayName("PL-5, C-2: tab 5 shows the consents recorded, about whom, for what and which information")
    void tab5ShowsTheConsents() throws Exception {
        mvc.perform(get(plan() + "/consent").with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-current=\"page\">5. Toestemming")))
                .andExpect(content().string(containsString("Toestemming over Sanne " + familyName)))
                .andExpect(content().string(containsString(ConsentFixtures.PURPOSE)))
                .andExpect(content().string(containsString("Hanna Hulp")))
                .andExpect(content().string(containsString("/households/" + household + "/consents")));
        // one access, one entry: the read of tab 5.
        assertThat(auditEvents(hanna)).contains("PLAN_CONSENTS_READ").doesNotContain("PLAN_READ");
    }

    @Test
    @DisplayName("C-1: a professional without consent gets the no-consent page on every tab and on the reading view")
    void withoutConsentEveryTabSaysSo() throws Exception {
        var piet = staff("Piet Zonder");
        team.add(
                household,
                new nl.eenplan.participation.NewParticipant(
                        nl.eenplan.participation.ParticipantKind.PROFESSIONAL,
                        null,
                        provider.id(),
                        piet.displayName(),
                        "gezinscoach",
                        java.util.Set.of(),
                        null,
                        piet.email(),
                        true,
                        false,
                        false,
                        null),
                piet.id());
        action(goal("Geheim doel"), "Geheime actie");
        for (var path : new String[] {"", "/approach", "/consent", "/read"}) {
            mvc.perform(get(plan() + path).with(as(piet)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("Geheim doel"))))
                    .andExpect(content().string(not(containsString(ConsentFixtures.PURPOSE))));
        }
    }

    @Test
    @DisplayName("X-5: a network member sees his own actions on tab 2, and neither tab 1 nor the consents on tab 5")
    void aNetworkMemberSeesTab2Only() throws Exception {
        var grandma = citizen("Oma Jansen");
        var grandmaInTeam = networkMember(grandma);
        action(goal("Sara gaat naar school"), "Oppassen op woensdag", grandmaInTeam);
        mvc.perform(get(plan() + "/consent").with(as(grandma)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit deel van het plan is voor het gezin")))
                .andExpect(content().string(not(containsString(ConsentFixtures.PURPOSE))));
        mvc.perform(get(approach()).with(as(grandma)))
                .andExpect(content().string(containsString("Oppassen op woensdag")));
    }

    @Test
    @DisplayName("C-4, PL-9: the household reads the whole plan in plain words and agrees to it there")
    void theHouseholdReadsAndAgrees() throws Exception {
        var sanne = citizen("Sanne " + familyName);
        team.linkAccount(mother().id(), sanne.id());
        hannaCoordinates();
        action(goal("Sara gaat elke dag naar school"), "Wekker zetten", mother());

        mvc.perform(get(plan()).with(as(sanne)))
                .andExpect(content().string(containsString("/households/" + household + "/plan/read")));
        mvc.perform(get(plan() + "/read").with(as(sanne)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit gaan we doen")))
                .andExpect(content().string(containsString("Doel 1: Sara gaat elke dag naar school")))
                .andExpect(content().string(containsString("Wie doet wat")))
                .andExpect(content().string(containsString("Wekker zetten")))
                .andExpect(content().string(containsString("Wanneer kijken we of het lukt")))
                .andExpect(content().string(containsString("Hanna Hulp is de regisseur.")))
                .andExpect(content().string(containsString("Ik ga akkoord")));
        mvc.perform(post(plan() + "/read/agree").with(as(sanne)).with(csrf()).param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post(plan() + "/read/agree")
                        .with(as(sanne))
                        .with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl(plan() + "/read#akkoord"));

        mvc.perform(get(plan() + "/read").with(as(sanne)))
                .andExpect(content().string(containsString("U bent akkoord met het plan zoals het nu is.")))
                .andExpect(content().string(not(containsString("Ik ga akkoord"))));
        mvc.perform(get(approach()).with(as(hanna)))
                .andExpect(content().string(containsString("Akkoord met het plan zoals het nu is: Sanne")));
        assertThat(auditEvents(sanne)).contains("PLAN_READ", "PLAN_AGREED");
    }
}
