package nl.eenplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.eenplan.home.FieldRules;

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

    /** G-1: a goal is short and has a title; the answer is the title without surrounding spaces. */
    static String checkedTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new PlanRefused("plan.goal.titleRequired");
        }
        if (!FieldRules.isText(title, FieldRules.TITLE, false)) {
            throw new PlanRefused("plan.goal.titleTooLong");
        }
        return title.strip();
    }

    static Goal added(UUID id, int priority, String title) {
        return new Goal(id, priority, checkedTitle(title), GoalStatus.OPEN, List.of(), List.of());
    }

    Optional<Action> action(UUID actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
    }

    /** This goal with the action added, or in place of the action with the same id. */
    Goal with(Action action) {
        var changed = new ArrayList<>(actions);
        changed.removeIf(a -> a.id().equals(action.id()));
        changed.add(Math.min(indexOf(action.id()), changed.size()), action);
        return new Goal(id, priority, title, status, List.copyOf(changed), evaluations);
    }

    /** G-3: the evaluation recorded; a reached goal closes. */
    Goal evaluated(Evaluation evaluation) {
        var all = new ArrayList<>(evaluations);
        all.add(evaluation);
        return new Goal(
                id, priority, title, evaluation.reached() ? GoalStatus.REACHED : status, actions, List.copyOf(all));
    }

    Goal atPriority(int newPriority) {
        return new Goal(id, newPriority, title, status, actions, evaluations);
    }

    private int indexOf(UUID actionId) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).id().equals(actionId)) {
                return i;
            }
        }
        return actions.size();
    }
}
