package nl.eenplan.participation;

import java.time.Instant;
import java.util.UUID;

/** One period in which someone coordinated (R-7: the full history is kept). */
public record CoordinationHistoryEntry(
        UUID coordinatorId,
        String role,
        String form,
        String chosenBy,
        Instant startedAt,
        Instant endedAt,
        String handoverNote) {}
