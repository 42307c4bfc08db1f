package nl.eenplan.meeting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.meeting.DecisionKind;
import nl.eenplan.meeting.NewDecision;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * M-4: one decision and what it becomes. For an action, {@code goal} is the id of an open goal or
 * {@code new} for a goal made from this decision with {@code newGoalTitle}.
 */
record DecisionForm(
        Integer version,
        DecisionKind kind,
        String text,
        String goal,
        String newGoalTitle,
        List<UUID> participantIds,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate evaluationDate) {

    static final String NEW_GOAL = "new";

    DecisionForm {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    }

    static DecisionForm empty() {
        return new DecisionForm(null, DecisionKind.ACTION, "", "", "", List.of(), null, null, null);
    }

    NewDecision toDecision() {
        UUID goalId = null;
        if (goal != null && !goal.isBlank() && !NEW_GOAL.equals(goal)) {
            try {
                goalId = UUID.fromString(goal.strip());
            } catch (IllegalArgumentException e) {
                goalId = null;
            }
        }
        var title = NEW_GOAL.equals(goal) ? newGoalTitle : null;
        return new NewDecision(
                kind, text, goalId, title, Set.copyOf(participantIds), startDate, targetDate, evaluationDate);
    }

    public boolean chose(UUID participantId) {
        return participantIds.contains(participantId);
    }

    /** The field a refusal by the plan's rules is about. */
    String fieldOf(String reason) {
        return switch (reason) {
            case "plan.action.whoRequired", "plan.action.whoNotInTeam" -> "participantIds";
            case "plan.action.datesRequired", "plan.action.datesOrder" -> "targetDate";
            case "plan.goal.notOpen" -> "goal";
            case "plan.goal.titleRequired" -> kind == DecisionKind.GOAL ? "text" : "newGoalTitle";
            case "plan.closed" -> "form";
            default -> "text";
        };
    }
}
