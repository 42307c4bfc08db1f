package nl.eenplan.participation.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.home.FieldRules;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.ComplexityCriterion;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.CoordinationOverview;
import nl.eenplan.participation.CoordinationState;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.Participant;

/** What the coordination API answers and takes, the same as the coordination page. */
final class CoordinationResources {

    private CoordinationResources() {}

    /**
     * Where coordination sits; the names as the page shows them. {@code suggestion}: R-6, whom the
     * method points to when safety is at stake ({@code accessTeam} true: the access team takes it), not
     * for a network member. The candidates only for those who decide.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CoordinationResource(
            int version,
            UUID coordinatorId,
            String coordinator,
            String coordinatorOrganisation,
            CoordinationForm form,
            List<ComplexityCriterion> complexityCriteria,
            UUID processCoordinatorId,
            String processCoordinator,
            ChosenBy chosenBy,
            boolean threatening,
            boolean enforcementConsidered,
            boolean disputed,
            Suggestion suggestion,
            List<UUID> coordinatorCandidates,
            List<UUID> processCoordinatorCandidates) {

        static CoordinationResource of(CoordinationOverview overview) {
            var state = overview.state();
            var suggestion = state.threatening() && overview.showsHistory()
                    ? new Suggestion(
                            overview.suggestion() == null
                                    ? null
                                    : overview.suggestion().id(),
                            overview.suggestion() == null)
                    : null;
            return new CoordinationResource(
                    state.version(),
                    state.coordinatorId(),
                    overview.nameOf(state.coordinatorId()),
                    overview.organisationOf(state.coordinatorId()),
                    state.form(),
                    criteria(state),
                    state.processCoordinatorId(),
                    overview.nameOf(state.processCoordinatorId()),
                    state.chosenBy(),
                    state.threatening(),
                    state.enforcementConsidered(),
                    state.disputed(),
                    suggestion,
                    // Only those who decide are offered whom they may choose.
                    overview.coordinatorCandidates().isEmpty() ? List.of() : ids(overview.coordinatorChoices()),
                    ids(overview.activeProfessionals()));
        }

        /** The state after a change, without the names (read it again for those). */
        static CoordinationResource of(CoordinationState state) {
            return new CoordinationResource(
                    state.version(),
                    state.coordinatorId(),
                    null,
                    null,
                    state.form(),
                    criteria(state),
                    state.processCoordinatorId(),
                    null,
                    state.chosenBy(),
                    state.threatening(),
                    state.enforcementConsidered(),
                    state.disputed(),
                    null,
                    null,
                    null);
        }

        private static List<ComplexityCriterion> criteria(CoordinationState state) {
            return state.complexityCriteria().stream().sorted().toList();
        }

        private static List<UUID> ids(List<Participant> participants) {
            return participants.stream().map(Participant::id).toList();
        }
    }

    /** the participant the method points to, or the access team. */
    record Suggestion(UUID participantId, boolean accessTeam) {}

    /** One period in which someone coordinated, in Dutch local time; {@code until} null: still now. */
    record PeriodResource(
            UUID coordinatorId,
            String coordinator,
            String role,
            LocalDateTime from,
            LocalDateTime until,
            String handoverNote) {

        static PeriodResource of(CoordinationOverview.Period period, CoordinationOverview overview) {
            return new PeriodResource(
                    period.coordinatorId(),
                    overview.nameOf(period.coordinatorId()),
                    period.role(),
                    period.from(),
                    period.until(),
                    period.handoverNote());
        }
    }

    /** {@code PUT .../coordination}: who coordinates and how. */
    record ChoiceRequest(
            @NotNull(message = "{coordination.coordinator.required}")
            UUID coordinatorId,

            @NotNull(message = "{coordination.form.required}")
            CoordinationForm form,

            @Size(max = 20, message = "{error.unacceptableInput}")
            java.util.Set<@NotNull(message = "{error.unacceptableInput}") ComplexityCriterion> complexityCriteria,

            UUID processCoordinatorId,

            @NotNull(message = "{coordination.chosenBy.required}")
            ChosenBy chosenBy,

            Boolean threatening,
            Boolean enforcementConsidered,
            Boolean disputed) {

        CoordinatorChoice toChoice() {
            return new CoordinatorChoice(
                    coordinatorId,
                    form,
                    complexityCriteria == null
                            ? java.util.Set.of()
                            : complexityCriteria.stream()
                                    .filter(Objects::nonNull)
                                    .collect(Collectors.toUnmodifiableSet()),
                    processCoordinatorId,
                    chosenBy,
                    Boolean.TRUE.equals(threatening),
                    Boolean.TRUE.equals(enforcementConsidered),
                    Boolean.TRUE.equals(disputed));
        }
    }

    /** {@code POST .../coordination/handover}: to whom, and what was arranged. */
    record HandoverRequest(
            @NotNull(message = "{coordination.handover.successorRequired}")
            UUID successorId,

            @Size(max = 2000, message = "{coordination.handover.noteTooLong}")
            String note) {

        @JsonIgnore
        @AssertTrue(message = "{error.unacceptableInput}")
        boolean isReadable() {
            return FieldRules.isText(note, true);
        }

        String cleanNote() {
            return note == null || note.isBlank() ? null : note.strip();
        }
    }
}
