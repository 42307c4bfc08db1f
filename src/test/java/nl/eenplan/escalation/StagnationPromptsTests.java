package nl.eenplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.WorkingDays;
import nl.eenplan.plan.Action;
import nl.eenplan.plan.Evaluation;
import nl.eenplan.plan.Goal;
import nl.eenplan.plan.GoalStatus;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanStatus;
import nl.eenplan.plan.TestPlans;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StagnationPromptsTests {

    private static final WorkingDays DAYS = Ladders.calendar(Map.of());
    private static final UUID GOAL = UUID.randomUUID();
    // Monday 1 March 2027: ten working days earlier is Monday 15 February.
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private final StagnationPrompts tenWorkingDays = new StagnationPrompts(10);

    @Test
    @DisplayName("G-4: an action overdue by ten working days is proposed; by nine it is not yet")
    void proposesAnActionOverdueByTheMunicipalitysNumberOfWorkingDays() {
        var late = action("Aanvraag indienen", LocalDate.of(2027, 2, 15), LocalDate.of(2027, 4, 1), null);
        var nearly = action("Brief sturen", LocalDate.of(2027, 2, 16), LocalDate.of(2027, 4, 1), null);

        var prompts = prompts(tenWorkingDays, plan(goal(List.of(late, nearly), List.of())), Set.of());

        assertThat(prompts).singleElement().satisfies(p -> {
            assertThat(p.actionId()).isEqualTo(late.id());
            assertThat(p.reason()).isEqualTo(StagnationPrompt.Reason.OVERDUE);
            assertThat(p.workingDaysLate()).isEqualTo(10);
        });
        assertThat(prompts(new StagnationPrompts(9), plan(goal(List.of(nearly), List.of())), Set.of()))
                .singleElement()
                .satisfies(p -> assertThat(p.workingDaysLate()).isEqualTo(9));
    }

    @Test
    @DisplayName("G-4, X-4: holidays do not count as days late (Easter Monday 2027)")
    void holidaysDoNotCount() {
        // From Thursday 25 March to Friday 9 April 2027 lie 10 working days without Easter Monday 29 March.
        var overEaster = action("Huisbezoek", LocalDate.of(2027, 3, 25), LocalDate.of(2027, 6, 1), null);
        var plan = plan(goal(List.of(overEaster), List.of()));

        assertThat(tenWorkingDays.of(plan, Set.of(), LocalDate.of(2027, 4, 8), this::between))
                .isEmpty();
        assertThat(tenWorkingDays.of(plan, Set.of(), LocalDate.of(2027, 4, 9), this::between))
                .hasSize(1);
    }

    @Test
    @DisplayName("G-4: an evaluation moment that passed without an evaluation of the goal is proposed")
    void proposesAPassedEvaluationMoment() {
        var action = action("Gesprek op school", LocalDate.of(2027, 3, 10), LocalDate.of(2027, 2, 26), null);

        assertThat(prompts(tenWorkingDays, plan(goal(List.of(action), List.of())), Set.of()))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.reason()).isEqualTo(StagnationPrompt.Reason.EVALUATION_PASSED);
                    assertThat(p.date()).isEqualTo(LocalDate.of(2027, 2, 26));
                });
        var evaluated = goal(List.of(action), List.of(evaluation(LocalDate.of(2027, 2, 26))));
        assertThat(prompts(tenWorkingDays, plan(evaluated), Set.of())).isEmpty();
    }

    @Test
    @DisplayName("G-4: done actions, closed goals, closed plans and actions already signalled are not proposed")
    void leavesOutWhatNeedsNoPrompt() {
        var done = action(
                "Klaar", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4), Instant.parse("2027-01-05T10:00:00Z"));
        var signalled = action("Al gemeld", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4), null);
        var open = goal(List.of(done, signalled), List.of());
        var reached = new Goal(
                UUID.randomUUID(),
                2,
                "Bereikt",
                GoalStatus.REACHED,
                List.of(action("Oud", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4), null)),
                List.of());

        assertThat(prompts(tenWorkingDays, plan(open, reached), Set.of(signalled.id())))
                .isEmpty();
        var closedPlan = TestPlans.plan(PlanStatus.CLOSED, false, List.of(goal(List.of(signalled), List.of())));
        assertThat(prompts(tenWorkingDays, closedPlan, Set.of())).isEmpty();
    }

    @Test
    @DisplayName("G-4: a municipality proposes after at least one working day")
    void atLeastOneWorkingDay() {
        assertThatThrownBy(() -> new StagnationPrompts(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<StagnationPrompt> prompts(StagnationPrompts rule, Plan plan, Set<UUID> signalled) {
        return rule.of(plan, signalled, TODAY, this::between);
    }

    private Integer between(LocalDate from, LocalDate to) {
        return DAYS.workingDaysBetween(from, to);
    }

    private static Action action(String what, LocalDate target, LocalDate evaluation, Instant doneAt) {
        return new Action(
                UUID.randomUUID(), GOAL, what, LocalDate.of(2027, 1, 4), target, evaluation, Set.of(), doneAt);
    }

    private static Goal goal(List<Action> actions, List<Evaluation> evaluations) {
        return new Goal(GOAL, 1, "Schulden op orde", GoalStatus.OPEN, actions, evaluations);
    }

    private static Evaluation evaluation(LocalDate on) {
        return new Evaluation(
                UUID.randomUUID(), GOAL, on, false, true, null, null, "te vroeg", true, "wachten", "contact");
    }

    private static Plan plan(Goal... goals) {
        return TestPlans.plan(PlanStatus.ESTABLISHED, false, List.of(goals));
    }
}
