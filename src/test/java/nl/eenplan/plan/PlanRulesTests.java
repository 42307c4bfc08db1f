package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    @DisplayName("PL-9: a plan without a coordinator cannot be established")
    void establishingNeedsACoordinator() {
        assertThat(plan(PlanStatus.DRAFT, true, goalWithAction()).whyNotEstablishable(false))
                .hasValue("plan.establish.noCoordinator");
    }

    @Test
    @DisplayName("PL-9, G-2: a plan needs at least one goal with an action to be established")
    void establishingNeedsAGoalWithAnAction() {
        assertThat(plan(PlanStatus.DRAFT, true).whyNotEstablishable(true)).hasValue("plan.establish.noGoalWithAction");
        assertThat(plan(PlanStatus.DRAFT, true, goal(GoalStatus.OPEN)).whyNotEstablishable(true))
                .hasValue("plan.establish.noGoalWithAction");
        assertThat(plan(PlanStatus.DRAFT, true, goalWithAction()).whyNotEstablishable(true))
                .isEmpty();
    }

    @Test
    @DisplayName("PL-9: a new version needs a change since the last one")
    void aNewVersionNeedsAChange() {
        assertThat(plan(PlanStatus.ESTABLISHED, false, goalWithAction()).whyNotEstablishable(true))
                .hasValue("plan.establish.unchanged");
        assertThat(plan(PlanStatus.ESTABLISHED, true, goalWithAction()).whyNotEstablishable(true))
                .isEmpty();
    }

    @Test
    @DisplayName("G-1: EenPlan warns past five open goals, without refusing")
    void warnsPastFiveOpenGoals() {
        var goals = new ArrayList<Goal>();
        for (int i = 0; i < 5; i++) {
            goals.add(goal(GoalStatus.OPEN));
        }
        goals.add(goal(GoalStatus.REACHED));
        assertThat(plan(PlanStatus.DRAFT, true, goals.toArray(Goal[]::new)).tooManyGoals())
                .isFalse();
        goals.add(goal(GoalStatus.OPEN));
        assertThat(plan(PlanStatus.DRAFT, true, goals.toArray(Goal[]::new)).tooManyGoals())
                .isTrue();
    }

    @Test
    @DisplayName("R-7, G-3: wound down only when every goal is closed; handed over also with open goals")
    void closingNeedsCareWoundDownOrHandedOver() {
        var open = plan(PlanStatus.ESTABLISHED, false, goalWithAction());
        assertThat(open.whyNotClosable(null)).hasValue("plan.close.reasonRequired");
        assertThat(open.whyNotClosable(CloseReason.WOUND_DOWN)).hasValue("plan.close.openGoals");
        assertThat(open.whyNotClosable(CloseReason.HANDED_OVER)).isEmpty();
        var done = plan(PlanStatus.ESTABLISHED, false, goal(GoalStatus.REACHED), goal(GoalStatus.NOT_REACHED));
        assertThat(done.whyNotClosable(CloseReason.WOUND_DOWN)).isEmpty();
        assertThat(plan(PlanStatus.CLOSED, false).whyNotClosable(CloseReason.WOUND_DOWN))
                .hasValue("plan.close.alreadyClosed");
    }

    @Test
    @DisplayName("G-2: an action names who, what and three dates in order")
    void anActionNamesWhoWhatAndWhen() {
        var who = Set.of(UUID.randomUUID());
        assertRefused(() -> new NewAction(" ", who, TODAY, TODAY, TODAY), "plan.action.whatRequired");
        assertRefused(() -> new NewAction("Bellen", Set.of(), TODAY, TODAY, TODAY), "plan.action.whoRequired");
        assertRefused(() -> new NewAction("Bellen", who, TODAY, null, TODAY), "plan.action.datesRequired");
        assertRefused(() -> new NewAction("Bellen", who, TODAY, TODAY.minusDays(1), TODAY), "plan.action.datesOrder");
        assertThat(new NewAction(" Bellen ", who, TODAY, TODAY.plusWeeks(2), TODAY.plusWeeks(3)).what())
                .isEqualTo("Bellen");
    }

    @Test
    @DisplayName("G-3: what was achieved is recorded, also when the goal was not reached")
    void whatWasAchievedIsAlwaysRecorded() {
        assertRefused(
                () -> new EvaluationAnswers(TODAY, true, null, null, null, null, null, null, " "),
                "plan.evaluation.achievedRequired");
        assertThat(new EvaluationAnswers(TODAY, true, null, null, null, null, null, null, "Sara gaat weer naar school"))
                .isNotNull();
    }

    @Test
    @DisplayName("G-3: not reached and actions not done: why, and how to improve")
    void notReachedAndNotDoneAsksWhyAndHowToImprove() {
        assertRefused(
                () -> new EvaluationAnswers(TODAY, false, null, null, null, null, null, "zorgen", "iets"),
                "plan.evaluation.actionsDoneRequired");
        assertRefused(
                () -> new EvaluationAnswers(TODAY, false, false, "geen tijd", null, null, null, "zorgen", "iets"),
                "plan.evaluation.whyNotDoneRequired");
        assertThat(new EvaluationAnswers(
                        TODAY, false, false, "geen tijd", "vaker bellen", null, null, "zorgen", "iets"))
                .isNotNull();
    }

    @Test
    @DisplayName("G-3: not reached though actions were done: why no effect, and are we on the right track")
    void notReachedThoughDoneAsksWhyNoEffect() {
        assertRefused(
                () -> new EvaluationAnswers(TODAY, false, true, null, null, "onbekend", null, "zorgen", "iets"),
                "plan.evaluation.whyNoEffectRequired");
        assertRefused(
                () -> new EvaluationAnswers(TODAY, false, true, null, null, "onbekend", true, " ", "iets"),
                "plan.evaluation.meaningRequired");
    }

    @Test
    @DisplayName("PL-1: 'other' arrangements are described; PL-8 a family-group plan has no 'no plan' date")
    void tabOneIsConsistent() {
        assertRefused(() -> new Tab1(Arrangement.OTHER, " ", "", false, null, null), "plan.tab1.otherRequired");
        assertRefused(
                () -> new Tab1(Arrangement.EMAIL, null, "", true, null, TODAY), "plan.tab1.familyGroupPlanConflict");
        assertThat(new Tab1(Arrangement.EMAIL, "genegeerd", " afspraak ", false, TODAY, null).arrangementOther())
                .isNull();
    }

    @Test
    @DisplayName("G-4: an action past its target date and not done is overdue")
    void anActionPastItsTargetDateIsOverdue() {
        var action = new Action(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "x",
                TODAY.minusDays(10),
                TODAY.minusDays(1),
                TODAY,
                Set.of(),
                null);
        assertThat(action.overdueOn(TODAY)).isTrue();
        assertThat(action.overdueOn(TODAY.minusDays(1))).isFalse();
    }

    private static void assertRefused(Runnable construction, String reason) {
        assertThatThrownBy(construction::run)
                .isInstanceOfSatisfying(
                        PlanRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static Goal goal(GoalStatus status) {
        return new Goal(UUID.randomUUID(), 1, "doel", status, List.of(), List.of());
    }

    private static Goal goalWithAction() {
        var id = UUID.randomUUID();
        var action = new Action(
                UUID.randomUUID(),
                id,
                "bellen",
                TODAY,
                TODAY.plusDays(7),
                TODAY.plusDays(14),
                Set.of(UUID.randomUUID()),
                null);
        return new Goal(id, 1, "doel", GoalStatus.OPEN, List.of(action), List.of());
    }

    private static Plan plan(PlanStatus status, boolean changed, Goal... goals) {
        return TestPlans.plan(status, changed, List.of(goals));
    }
}
