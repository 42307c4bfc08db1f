package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * G-4: EenPlan's proposal to the coordinator to look at an agreement that seems not kept: an action
 * overdue by {@code workingDaysLate} working days, or whose evaluation moment ({@code date}) passed
 * without an evaluation of its goal.
 */
public record StagnationPrompt(
        UUID actionId, String goal, String what, Reason reason, LocalDate date, int workingDaysLate) {

    public enum Reason {
        OVERDUE,
        EVALUATION_PASSED
    }
}
