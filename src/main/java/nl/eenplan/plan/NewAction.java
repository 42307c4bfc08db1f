package nl.eenplan.plan;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.home.FieldRules;

/** G-2: an action to add to a goal. */
public record NewAction(
        String what, Set<UUID> participantIds, LocalDate startDate, LocalDate targetDate, LocalDate evaluationDate) {

    public NewAction {
        if (what == null || what.isBlank()) {
            throw new PlanRefused("plan.action.whatRequired");
        }
        if (participantIds == null || participantIds.isEmpty()) {
            throw new PlanRefused("plan.action.whoRequired");
        }
        if (!FieldRules.isText(what, FieldRules.TEXT, true)) {
            throw new PlanRefused("plan.action.whatTooLong");
        }
        if (startDate == null || targetDate == null || evaluationDate == null) {
            throw new PlanRefused("plan.action.datesRequired");
        }
        if (!FieldRules.isPlausible(startDate)
                || !FieldRules.isPlausible(targetDate)
                || !FieldRules.isPlausible(evaluationDate)) {
            throw new PlanRefused("plan.action.datesImplausible");
        }
        if (targetDate.isBefore(startDate) || evaluationDate.isBefore(startDate)) {
            throw new PlanRefused("plan.action.datesOrder");
        }
        what = what.strip();
        participantIds = Set.copyOf(participantIds);
    }

    /** PL-2: only those who may have an action (RoleEligibility) do it: active, and never an expected child. */
    void refuseUnlessDoneBy(Set<UUID> eligible) {
        if (!eligible.containsAll(participantIds)) {
            throw new PlanRefused("plan.action.whoNotInTeam");
        }
    }
}
