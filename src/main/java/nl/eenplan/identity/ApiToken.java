package nl.eenplan.identity;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as its owner sees it in the profile; the secret itself is never kept. */
public record ApiToken(
        UUID id,
        String name,
        ApiScope scope,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
