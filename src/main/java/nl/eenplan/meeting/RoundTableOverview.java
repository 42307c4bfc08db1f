package nl.eenplan.meeting;

import java.util.List;
import java.util.UUID;
import nl.eenplan.participation.Participant;

/** The round tables of a household that a viewer may see, and whether they may take the initiative (M-2). */
public record RoundTableOverview(
        String household, boolean mayTakeInitiative, List<RoundTable> roundTables, List<Participant> team) {

    public String nameOf(UUID participantId) {
        return team.stream()
                .filter(p -> p.id().equals(participantId))
                .map(Participant::name)
                .findFirst()
                .orElse("");
    }
}
