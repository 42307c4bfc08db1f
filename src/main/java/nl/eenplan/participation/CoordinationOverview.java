package nl.eenplan.participation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdSummary;

/**
 * Where coordination of a household sits, who may take it ({@link
 * nl.eenplan.participation.RoleEligibility}), the R-6 suggestion for a threatening situation ({@code
 * suggestion} null: the access team takes it) and the history. {@code showsHistory} false: the
 * viewer (a network member, X-5) sees where coordination sits, not who else is in the team or the
 * history.
 */
public record CoordinationOverview(
        HouseholdSummary household,
        CoordinationState state,
        List<Participant> team,
        Map<UUID, String> organisationNames,
        Participant suggestion,
        List<Period> history,
        List<Participant> coordinatorCandidates,
        List<Participant> processCandidates,
        boolean showsHistory) {

    /** One period in which someone coordinated, in Dutch local time; {@code until} null: still now. */
    public record Period(
            UUID coordinatorId, String role, LocalDateTime from, LocalDateTime until, String handoverNote) {}

    /**
     * Whom the form "record coordination" offers as coordinator: once one is chosen only him, since a
     * change of coordinator goes through the handover; before that everyone who may coordinate.
     */
    public List<Participant> coordinatorChoices() {
        if (!state.hasCoordinator()) {
            return coordinatorCandidates;
        }
        var current = participant(state.coordinatorId());
        return current == null ? List.of() : List.of(current);
    }

    /** the professionals who may be process coordinator. */
    public List<Participant> activeProfessionals() {
        return processCandidates;
    }

    /** Who could take over from the current coordinator: those who may coordinate. */
    public List<Participant> successors() {
        return coordinatorCandidates.stream()
                .filter(p -> !p.id().equals(state.coordinatorId()))
                .toList();
    }

    public Participant participant(UUID id) {
        return id == null
                ? null
                : team.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    public String nameOf(UUID id) {
        var participant = participant(id);
        return participant == null ? null : participant.name();
    }

    public String organisationOf(UUID id) {
        var participant = participant(id);
        return participant == null || participant.organisationId() == null
                ? null
                : organisationNames.get(participant.organisationId());
    }
}
