package nl.eenplan.participation;

import java.util.Set;
import java.util.UUID;

/** A decision about coordination, as a form or the API hands it in. */
public record CoordinatorChoice(
        UUID coordinatorId,
        CoordinationForm form,
        Set<ComplexityCriterion> complexityCriteria,
        UUID processCoordinatorId,
        ChosenBy chosenBy,
        boolean threatening,
        boolean enforcementConsidered,
        boolean disputed) {

    public CoordinatorChoice {
        if (coordinatorId == null || form == null || chosenBy == null) {
            throw new IllegalArgumentException("coordinator, form and who chose");
        }
        complexityCriteria = complexityCriteria == null ? Set.of() : Set.copyOf(complexityCriteria);
        if (form == CoordinationForm.SELF_DIRECTION) {
            complexityCriteria = Set.of();
        }
        if (coordinatorId.equals(processCoordinatorId)) {
            processCoordinatorId = null;
        }
    }
}
