package nl.eenplan.escalation;

import java.time.Instant;
import java.util.UUID;
import nl.eenplan.participation.ParticipantKind;

/**
 * G-4: an agreement (action) not kept, by whom, as a participant signalled it. For a household or
 * network member the coordinator records the follow-up here; a professional's goes up the ladder.
 */
public record Stagnation(
        UUID id,
        UUID householdId,
        UUID actionId,
        UUID participantId,
        ParticipantKind kind,
        String note,
        String followUp,
        UUID signalledBy,
        Instant signalledAt) {}
