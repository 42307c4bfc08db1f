package nl.eenplan.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.plan.NewAction;
import org.springframework.format.annotation.DateTimeFormat;

/** A new action for a goal (G-2): who, what, start, target date and evaluation moment. */
record ActionForm(
        Integer version,
        String what,
        List<UUID> participantIds,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate evaluationDate) {

    ActionForm {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    }

    static ActionForm empty() {
        return new ActionForm(null, "", List.of(), null, null, null);
    }

    NewAction toNewAction() {
        return new NewAction(what, Set.copyOf(participantIds), startDate, targetDate, evaluationDate);
    }

    public boolean chose(UUID participantId) {
        return participantIds.contains(participantId);
    }

    /** The field a refusal is about, to show the message beside it. */
    String fieldOf(String reason) {
        return switch (reason) {
            case "plan.action.whatRequired" -> "what";
            case "plan.action.whoRequired", "plan.action.whoNotInTeam" -> "participantIds";
            case "plan.action.datesRequired" -> firstMissingDate();
            case "plan.action.datesImplausible" -> "startDate";
            case "plan.action.datesOrder" ->
                targetDate != null && targetDate.isBefore(startDate) ? "targetDate" : "evaluationDate";
            default -> "what";
        };
    }

    private String firstMissingDate() {
        if (startDate == null) {
            return "startDate";
        }
        return targetDate == null ? "targetDate" : "evaluationDate";
    }
}
