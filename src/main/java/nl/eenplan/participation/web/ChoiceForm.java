package nl.eenplan.participation.web;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.ComplexityCriterion;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.CoordinationState;
import nl.eenplan.participation.CoordinatorChoice;

/** Who coordinates and how, with the version the form was opened on. */
record ChoiceForm(
        @NotNull(message = "{coordination.stale}") Integer version,

        @NotNull(message = "{coordination.coordinator.required}")
        UUID coordinatorId,

        @NotNull(message = "{coordination.form.required}") CoordinationForm form,
        List<ComplexityCriterion> complexityCriteria,
        UUID processCoordinatorId,

        @NotNull(message = "{coordination.chosenBy.required}")
        ChosenBy chosenBy,

        Boolean threatening,
        Boolean enforcementConsidered,
        Boolean disputed) {

    static ChoiceForm of(CoordinationState state) {
        return new ChoiceForm(
                state.version(),
                state.coordinatorId(),
                state.form() == null ? CoordinationForm.SELF_DIRECTION : state.form(),
                List.copyOf(state.complexityCriteria()),
                state.processCoordinatorId(),
                state.chosenBy() == null ? ChosenBy.HOUSEHOLD : state.chosenBy(),
                state.threatening(),
                state.enforcementConsidered(),
                state.disputed());
    }

    CoordinatorChoice toChoice() {
        return new CoordinatorChoice(
                coordinatorId,
                form,
                // A criterion no form offers was read as nothing; it is left out.
                complexityCriteria == null
                        ? Set.of()
                        : complexityCriteria.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()),
                processCoordinatorId,
                chosenBy,
                Boolean.TRUE.equals(threatening),
                Boolean.TRUE.equals(enforcementConsidered),
                Boolean.TRUE.equals(disputed));
    }
}
