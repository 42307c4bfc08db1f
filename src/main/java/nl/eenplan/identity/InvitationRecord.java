package nl.eenplan.identity;

import java.time.Instant;
import java.util.UUID;

record InvitationRecord(UUID id, UUID accountId, Instant expiresAt, Instant acceptedAt) {

    boolean usableAt(Instant now) {
        return acceptedAt == null && expiresAt.isAfter(now);
    }
}
