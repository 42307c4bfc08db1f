package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** H-4: a new plan after closing, and the earlier plans read under the same rules as the current one. */
class EarlierPlansTests extends PlanPageTest {

    @Autowired
    PlanClosing planClosing;

    @Test
    @DisplayName(
            "H-4: the coordinator starts a new plan only after the plan closed; the earlier one is listed and logged")
    void aNewPlanAfterClosing() throws Exception {
        hannaCoordinates();
        action(goal("Sara gaat elke dag naar school"), "Gesprek met de mentor");
        establish();
        var first = jdbc.sql("select id from plan where household_id = ?")
                .param(household)
                .query(UUID.class)
                .single();

        mvc.perform(post(plan() + "/new").with(as(hanna)).with(csrf())).andExpect(redirectedUrl(plan()));
        assertThat(planCount()).as("no second plan while the first is open").isEqualTo(1);
        mvc.perform(get(plan()).with(as(hanna)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Nieuw plan beginnen"))));

        planClosing.close(household, viewer(hanna), version(), CloseReason.HANDED_OVER);
        mvc.perform(get(plan()).with(as(hanna)))
                .andExpect(content().string(Matchers.containsString("Nieuw plan beginnen")));
        mvc.perform(post(plan() + "/new").with(as(hanna)).with(csrf())).andExpect(redirectedUrl(plan()));
        assertThat(planCount()).isEqualTo(2);
        mvc.perform(post(plan() + "/new").with(as(hanna)).with(csrf())).andExpect(redirectedUrl(plan()));
        assertThat(planCount()).as("the new plan is open: no third").isEqualTo(2);

        mvc.perform(get(plan()).with(as(hanna)))
                .andExpect(content().string(Matchers.containsString("Eerdere plannen")));
        mvc.perform(get(plan() + "/earlier").with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("De hulp is overgedragen aan anderen.")))
                .andExpect(content().string(Matchers.containsString("/plan/earlier/" + first + "/versions/1")));
        mvc.perform(get(plan() + "/earlier/" + first + "/versions/1").with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Gesprek met de mentor")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/send"))));
        mvc.perform(get(plan() + "/earlier/" + first + "/versions/1.pdf").with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        assertThat(auditEvents(hanna))
                .contains(
                        "PLAN_CLOSED",
                        "PLAN_STARTED",
                        "EARLIER_PLANS_READ",
                        "PLAN_VERSION_READ",
                        "PLAN_PDF_DOWNLOADED");
    }

    @Test
    @DisplayName(
            "H-4, X-1: the earlier plans are not found for someone outside the team, nor through another household or the current plan's id")
    void earlierPlansUnderTheSameRules() throws Exception {
        hannaCoordinates();
        action(goal("Werk vinden"), "Sollicitatiebrief schrijven");
        establish();
        var first = jdbc.sql("select id from plan where household_id = ?")
                .param(household)
                .query(UUID.class)
                .single();
        planClosing.close(household, viewer(hanna), version(), CloseReason.HANDED_OVER);
        var current = planClosing.startNew(household, viewer(hanna));
        var outsider = staff("Olaf Buiten");

        mvc.perform(get(plan() + "/earlier").with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get(plan() + "/earlier/" + first + "/versions/1").with(as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get(plan() + "/earlier/" + first + "/versions/1.pdf").with(as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(post(plan() + "/new").with(as(outsider)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(plan() + "/earlier/" + current + "/versions/1").with(as(hanna)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/households/" + UUID.randomUUID() + "/plan/earlier/" + first + "/versions/1")
                        .with(as(hanna)))
                .andExpect(status().isNotFound());
        assertThat(auditEvents(outsider)).doesNotContain("EARLIER_PLANS_READ", "PLAN_VERSION_READ");

        // C-1: a professional of the team without consent gets the page that says so, as for the current plan.
        var piet = staff("Piet Peters");
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
        mvc.perform(get(plan() + "/earlier").with(as(piet)))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl(plan() + "/no-consent"));
        mvc.perform(get(plan() + "/earlier/" + first + "/versions/1").with(as(piet)))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl(plan() + "/no-consent"));
    }

    private int planCount() {
        return jdbc.sql("select count(*) from plan where household_id = ?")
                .param(household)
                .query(Integer.class)
                .single();
    }
}
