package nl.eenplan.plan.web;

import java.time.LocalDate;
import java.util.List;
import nl.eenplan.plan.Action;
import nl.eenplan.plan.Evaluation;
import nl.eenplan.plan.Goal;

/** What the plan page shows of goals, actions, coordination and the legal terms. */
final class PlanViews {

    private PlanViews() {}

    /** G-2: an action with the names of who does it; overdue when its target date has passed. */
    record ActionView(Action action, String who, boolean overdue, boolean mayMarkDone) {}

    /** G-1: a goal in the household's order of priority; the first one cannot move up. */
    record GoalView(Goal goal, List<ActionView> actions, boolean first) {

        public Evaluation lastEvaluation() {
            return goal.evaluations().isEmpty() ? null : goal.evaluations().getLast();
        }
    }

    /** who coordinates, in which form (a message key), and who does process coordination. */
    record CoordinationView(String coordinator, String formKey, String processCoordinator) {}

    /** PL-10: a legal term; overdue when its due date passed and no version was established yet. */
    record TermView(LocalDate start, LocalDate due, boolean overdue) {}
}
