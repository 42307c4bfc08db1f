package nl.eenplan.retention;

import java.time.Instant;
import java.util.UUID;

/** a request for earlier destruction of the household's file, with its decision once made. */
public record DestructionRequest(
        UUID id,
        int version,
        UUID householdId,
        UUID requestedByMember,
        String entitlement,
        String reasons,
        Instant requestedAt,
        String decision,
        String decisionReasons,
        Instant decidedAt) {

    public boolean decided() {
        return decision != null;
    }
}
