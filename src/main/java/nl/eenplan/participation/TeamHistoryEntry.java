package nl.eenplan.participation;

import java.time.Instant;
import java.util.UUID;

/**
 * One change in the team's history: what, about whom (the name at the time), what changed ({@code detail}:
 * the changed fields, or the end date of someone who left), by which account, when.
 */
public record TeamHistoryEntry(
        TeamChange kind,
        UUID participantId,
        String participantName,
        String detail,
        UUID recordedBy,
        Instant recordedAt) {}
