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

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PL-9, R-7: establishing numbered versions, comparing them, and closing the plan. */
class EstablishingAndClosingTests extends PlanPageTest {

    @Test
    @DisplayName("PL-9: establishing is refused without a coordinator, and without a goal with an action")
    void establishingNeedsCoordinatorAndAGoalWithAnAction() throws Exception {
        goal("Sara slaapt weer goed");
        mvc.perform(post(plan() + "/establish")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kies eerst een regisseur.")));

        hannaCoordinates();
        mvc.perform(post(plan() + "/establish")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Het plan heeft minstens één doel met een actie nodig.")));
        assertThat(planVersions.versions(household, viewer(hanna))).isEmpty();
    }

    @Test
    @DisplayName("PL-9: versions are numbered and frozen; a change and establishing again makes version 2")
    void versionsAreNumberedAndFrozen() throws Exception {
        hannaCoordinates();
        action(goal("Sara gaat elke dag naar school"), "Wekker zetten");
        mvc.perform(post(plan() + "/establish")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl(plan() + "/versions/1"));
        mvc.perform(get(plan()).with(as(hanna))).andExpect(content().string(containsString("Vastgesteld, versie 1.")));

        action(goal("Schulden op een rij"), "Afspraak bij de schuldhulp");
        mvc.perform(get(plan()).with(as(hanna)))
                .andExpect(content().string(containsString("Gewijzigd sinds versie 1.")));
        mvc.perform(post(plan() + "/establish")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl(plan() + "/versions/2"));

        mvc.perform(get(plan() + "/versions/1").with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Versie 1 van het plan")))
                .andExpect(content().string(containsString("Sara gaat elke dag naar school")))
                .andExpect(content().string(not(containsString("Schulden op een rij"))));
        mvc.perform(get(plan() + "/versions/2").with(as(hanna)))
                .andExpect(content().string(containsString("Schulden op een rij")));
        mvc.perform(get(plan() + "/versions").with(as(hanna)))
                .andExpect(content().string(containsString("Versie 1")))
                .andExpect(content().string(containsString("Versie 2")));
        mvc.perform(get(plan() + "/versions/3").with(as(hanna))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("PL-9: comparing two versions shows both side by side with what changed marked in words")
    void comparingShowsTheChange() throws Exception {
        hannaCoordinates();
        action(goal("Sara gaat elke dag naar school"), "Wekker zetten");
        establish();
        action(goal("Schulden op een rij"), "Afspraak bij de schuldhulp");
        establish();

        mvc.perform(get(plan() + "/compare")
                        .param("left", "1")
                        .param("right", "2")
                        .with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Versie 1 en versie 2 vergelijken")))
                .andExpect(content().string(containsString("Doel: Schulden op een rij")))
                .andExpect(content().string(containsString("Afspraak bij de schuldhulp")))
                .andExpect(content().string(containsString(">nieuw<")))
                .andExpect(content().string(containsString(">gewijzigd<")))
                .andExpect(content().string(containsString("Niet in deze versie")));
    }

    @Test
    @DisplayName("R-7: a plan closes only when care is wound down (no open goals) or handed over, when confirmed")
    void closingNeedsAReasonTheRulesAllowAndAConfirmation() throws Exception {
        goal("Sara gaat elke dag naar school");
        mvc.perform(post(plan() + "/close")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("reason", "WOUND_DOWN")
                        .param("confirmed", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Er zijn nog open doelen.")));
        mvc.perform(post(plan() + "/close")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("reason", "HANDED_OVER"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vink aan dat u zeker weet dat het plan stopt.")));
        assertThat(planReading.current(household, viewer(hanna)).closed()).isFalse();

        mvc.perform(post(plan() + "/close")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("reason", "HANDED_OVER")
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl(plan()));
        assertThat(planReading.current(household, viewer(hanna)).closeReason()).isEqualTo(CloseReason.HANDED_OVER);
        mvc.perform(get(plan()).with(as(hanna)))
                .andExpect(content().string(containsString("Afgesloten.")))
                .andExpect(content().string(not(containsString("Doel toevoegen"))));
    }
}
