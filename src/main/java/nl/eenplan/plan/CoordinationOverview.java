package nl.eenplan.plan;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.participation.CoordinationState;
import nl.eenplan.participation.Participant;

/**
 * Where coordination of a household sits, who may take it, the R-6 suggestion for a
 * threatening situation ({@code suggestion} null: the access team takes it) and the history.
 */
public record CoordinationOverview(
        HouseholdSummary household,
        CoordinationState state,
        List<Participant> team,
        Map<UUID, String> organisationNames,
        Participant suggestion,
        List<Period> history) {

    /** One period in which someone coordinated, in Dutch local time; {@code until} null: still now. */
    public record Period(
            UUID coordinatorId, String role, LocalDateTime from, LocalDateTime until, String handoverNote) {}

    public List<Participant> active() {
        return team.stream().filter(Participant::active).toList();
    }

    public List<Participant> activeProfessionals() {
        return active().stream().filter(Participant::isProfessional).toList();
    }

    /** Who could take over from the current coordinator. */
    public List<Participant> successors() {
        return active().stream()
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
