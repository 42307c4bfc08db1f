package nl.eenplan.audit;

import java.time.Instant;
import java.util.UUID;

/** A recorded access. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        UUID accountId,
        UUID onBehalfOf,
        String event,
        String subjectType,
        String subjectId,
        UUID householdId,
        String detail) {}
