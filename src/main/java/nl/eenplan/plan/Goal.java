package nl.eenplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A goal of the plan of approach, in the household's order of priority (G-1). */
public record Goal(
        UUID id, int priority, String title, GoalStatus status, List<Action> actions, List<Evaluation> evaluations) {

    public boolean open() {
        return status == GoalStatus.OPEN;
    }

    /** The earliest evaluation moment of its open actions, if any. */
    public LocalDate nextEvaluation() {
        return actions.stream()
                .filter(a -> !a.done())
                .map(Action::evaluationDate)
                .min(LocalDate::compareTo)
                .orElse(null);
    }
}
