package nl.eenplan.participation;

import java.util.Set;
import java.util.UUID;

/** Where coordination sits for a household now (R-1: always clear to everyone). */
public record CoordinationState(
        UUID householdId,
        int version,
        UUID coordinatorId,
        CoordinationForm form,
        Set<ComplexityCriterion> complexityCriteria,
        UUID processCoordinatorId,
        ChosenBy chosenBy,
        boolean threatening,
        boolean enforcementConsidered,
        boolean disputed) {

    public static CoordinationState none(UUID householdId) {
        return new CoordinationState(householdId, 0, null, null, Set.of(), null, null, false, false, false);
    }

    /** Whether this participant coordinates: as the coordinator or as the process coordinator. */
    public boolean coordinatedBy(Participant participant) {
        return participant.id().equals(coordinatorId) || participant.id().equals(processCoordinatorId);
    }

    public boolean hasCoordinator() {
        return coordinatorId != null;
    }

    /** complex as soon as one criterion applies. */
    public boolean complex() {
        return !complexityCriteria.isEmpty();
    }
}
