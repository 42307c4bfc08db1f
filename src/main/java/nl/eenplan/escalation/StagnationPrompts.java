package nl.eenplan.escalation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.eenplan.plan.Action;
import nl.eenplan.plan.Goal;
import nl.eenplan.plan.Plan;

/**
 * G-4: when EenPlan proposes stagnation to the coordinator. An open action of an open goal is
 * proposed when it is overdue by at least {@code overdueWorkingDays} working days (the
 * municipality's number, default {@value #DEFAULT_OVERDUE_WORKING_DAYS}), or when its evaluation
 * moment passed and its goal was not evaluated on or after that day. An action for which stagnation
 * was already signalled is not proposed again.
 */
public record StagnationPrompts(int overdueWorkingDays) {

    public static final int DEFAULT_OVERDUE_WORKING_DAYS = 10;

    public StagnationPrompts {
        if (overdueWorkingDays < 1) {
            throw new IllegalArgumentException("an action is overdue by at least one working day");
        }
    }

    /**
     * The prompts on this day, oldest first.
     *
     * @param workingDaysBetween counts the working days after the first date up to the second, in the
     *     household's municipality
     */
    public List<StagnationPrompt> of(
            Plan plan,
            Set<UUID> signalledActions,
            LocalDate today,
            BiFunction<LocalDate, LocalDate, Integer> workingDaysBetween) {
        if (plan.closed()) {
            return List.of();
        }
        var prompts = new ArrayList<StagnationPrompt>();
        for (var goal : plan.goals()) {
            if (!goal.open()) {
                continue;
            }
            for (var action : goal.actions()) {
                if (action.done() || signalledActions.contains(action.id())) {
                    continue;
                }
                var late = workingDaysLate(action, today, workingDaysBetween);
                if (late >= overdueWorkingDays) {
                    prompts.add(prompt(goal, action, StagnationPrompt.Reason.OVERDUE, action.targetDate(), late));
                } else if (evaluationPassed(goal, action, today)) {
                    prompts.add(prompt(
                            goal, action, StagnationPrompt.Reason.EVALUATION_PASSED, action.evaluationDate(), late));
                }
            }
        }
        prompts.sort(Comparator.comparing(StagnationPrompt::date));
        return prompts;
    }

    private int workingDaysLate(
            Action action, LocalDate today, BiFunction<LocalDate, LocalDate, Integer> workingDaysBetween) {
        if (!action.overdueOn(today)) {
            return 0;
        }
        // A working day is a calendar day too: fewer calendar days can never make enough working days.
        if (ChronoUnit.DAYS.between(action.targetDate(), today) < overdueWorkingDays) {
            return 0;
        }
        return workingDaysBetween.apply(action.targetDate(), today);
    }

    private static boolean evaluationPassed(Goal goal, Action action, LocalDate today) {
        return action.evaluationDate().isBefore(today)
                && goal.evaluations().stream().noneMatch(e -> !e.evaluatedOn().isBefore(action.evaluationDate()));
    }

    private static StagnationPrompt prompt(
            Goal goal, Action action, StagnationPrompt.Reason reason, LocalDate date, int late) {
        return new StagnationPrompt(action.id(), goal.title(), action.what(), reason, date, late);
    }
}
