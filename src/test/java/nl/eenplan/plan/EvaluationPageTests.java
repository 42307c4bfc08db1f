package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** G-3: evaluating a goal with the questions of the method. */
class EvaluationPageTests extends PlanPageTest {

    private UUID goal;

    @BeforeEach
    void aGoalWithAnAction() {
        goal = goal("Sara gaat elke dag naar school");
        action(goal, "Wekker zetten");
    }

    @Test
    @DisplayName("G-3: the evaluation form asks the questions of the method in plain words")
    void theFormAsksTheQuestions() throws Exception {
        mvc.perform(get(evaluation()).with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Doel: Sara gaat elke dag naar school")))
                .andExpect(content().string(containsString("Is het doel bereikt?")))
                .andExpect(content().string(containsString("Zijn de acties gedaan zoals afgesproken?")))
                .andExpect(content().string(containsString("Waarom hielpen de acties niet?")))
                .andExpect(content().string(containsString("Zijn we op de goede weg?")))
                .andExpect(content().string(containsString("Wat betekent het voor het gezin")))
                .andExpect(content().string(containsString("Wat is er bereikt?")));
    }

    @Test
    @DisplayName("G-3: missing answers are explained beside their question and nothing is stored")
    void missingAnswersAreExplained() throws Exception {
        mvc.perform(send().param("achieved", "Ze staat op tijd op"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kies of het doel is bereikt.")));
        mvc.perform(send().param("reached", "false").param("achieved", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Schrijf op wat wel is bereikt.")));
        mvc.perform(send().param("reached", "false")
                        .param("achieved", "Ze staat op tijd op")
                        .param("actionsDone", "false"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("waarom de acties niet zijn gedaan")))
                .andExpect(content().string(containsString("id=\"evaluation-whyNotDone-error\"")))
                .andExpect(content().string(containsString("Ze staat op tijd op")));
        mvc.perform(send().param("reached", "false")
                        .param("achieved", "Ze staat op tijd op")
                        .param("actionsDone", "true")
                        .param("whyNoEffect", "De bus rijdt niet"))
                .andExpect(content().string(containsString("kies of we op de goede weg zijn")));
        mvc.perform(send().param("reached", "false")
                        .param("achieved", "Ze staat op tijd op")
                        .param("actionsDone", "true")
                        .param("whyNoEffect", "De bus rijdt niet")
                        .param("onRightTrack", "true"))
                .andExpect(content().string(containsString("Schrijf op wat het voor het gezin betekent")));

        assertThat(evaluations()).isZero();
        assertThat(goalStatus(goal)).isEqualTo(GoalStatus.OPEN);
    }

    @Test
    @DisplayName("G-3: a goal not reached stays open with what was learnt and what was achieved")
    void aGoalNotReachedStaysOpen() throws Exception {
        mvc.perform(send().param("reached", "false")
                        .param("achieved", "Ze staat op tijd op")
                        .param("actionsDone", "false")
                        .param("whyNotDone", "De wekker was kapot")
                        .param("howToImprove", "Een nieuwe wekker")
                        .param("meaningForHousehold", "Moeder moet haar blijven wekken"))
                .andExpect(redirectedUrl(approach() + "#goal-" + goal))
                .andExpect(flash().attribute("notice", "plan.evaluate.saved"));

        assertThat(evaluations()).isEqualTo(1);
        assertThat(goalStatus(goal)).isEqualTo(GoalStatus.OPEN);
        mvc.perform(get(approach()).with(as(hanna)))
                .andExpect(content().string(containsString("Dit is bereikt: Ze staat op tijd op")));
    }

    @Test
    @DisplayName("G-3: a reached goal is closed and celebrated; it cannot be evaluated again")
    void aReachedGoalClosesAndIsCelebrated() throws Exception {
        var page = mvc.perform(send().param("reached", "true").param("achieved", "Sara gaat elke dag"))
                .andExpect(redirectedUrl(approach() + "#goal-" + goal))
                .andExpect(flash().attribute("notice", "plan.evaluate.celebrate"))
                .andReturn();
        mvc.perform(get(approach()).with(as(hanna)).cookie(page.getResponse().getCookie("JSESSIONID")))
                .andExpect(content().string(containsString("Gefeliciteerd! Dit doel is bereikt.")))
                .andExpect(content().string(containsString("Bereikt")));

        assertThat(goalStatus(goal)).isEqualTo(GoalStatus.REACHED);
        mvc.perform(get(evaluation()).with(as(hanna))).andExpect(redirectedUrl(approach() + "#goal-" + goal));

        // with every goal reached, care can be wound down.
        mvc.perform(post(plan() + "/close")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("reason", "WOUND_DOWN")
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl(plan()));
        assertThat(planReading.current(household, viewer(hanna)).closeReason()).isEqualTo(CloseReason.WOUND_DOWN);
    }

    @Test
    @DisplayName("An evaluation on an outdated version is refused with 409, keeps the answers and stores nothing")
    void anEvaluationOnAnOldVersionIsRefused() throws Exception {
        var seen = version();
        goal("Nog een doel");

        mvc.perform(post(evaluation())
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(seen))
                        .param("reached", "true")
                        .param("achieved", "Sara gaat elke dag"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft het plan net veranderd.")))
                .andExpect(content().string(containsString("Sara gaat elke dag")));
        assertThat(evaluations()).isZero();
    }

    private String evaluation() {
        return plan() + "/goals/" + goal + "/evaluation";
    }

    private MockHttpServletRequestBuilder send() {
        return post(evaluation()).with(as(hanna)).with(csrf()).param("version", String.valueOf(version()));
    }

    private int evaluations() {
        return jdbc.sql("select count(*) from evaluation where goal_id = ?")
                .param(goal)
                .query(Integer.class)
                .single();
    }

    private GoalStatus goalStatus(UUID goalId) {
        return planReading
                .current(household, viewer(hanna))
                .goal(goalId)
                .orElseThrow()
                .status();
    }
}
