package nl.eenplan.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded step on concerns about a member (C-6): a fact with its day and the professional who took it. */
public record Signal(
        UUID id,
        UUID householdId,
        UUID subjectId,
        SignalKind kind,
        LocalDate on,
        String note,
        UUID recordedBy,
        Instant recordedAt) {}
