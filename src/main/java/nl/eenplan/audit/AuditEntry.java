package nl.eenplan.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A recorded access, as stored: the fields of its {@link AuditEvent}, when it happened (UTC), and its
 * place in the hash chain ({@code previousHash}, {@code hash}; see {@link AuditChain}).
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        UUID accountId,
        UUID onBehalfOf,
        String event,
        String subjectType,
        String subjectId,
        UUID householdId,
        String detail,
        UUID memberId,
        String basis,
        String previousHash,
        String hash) {}
