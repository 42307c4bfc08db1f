package nl.eenplan.consent;

import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * C-1, X-1: a professional of the team asked for the plan while it may not be shared with him: there
 * is no consent (nor a decision to share) for every member. He is a participant, so unlike a plan
 * that is not found for someone outside the team this is no secret: 403, and the pages tell him for
 * whom consent is missing.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class PlanConsentMissing extends RuntimeException {

    private final UUID householdId;
    private final Set<UUID> membersWithoutConsent;

    public PlanConsentMissing(UUID householdId, Set<UUID> membersWithoutConsent) {
        super("no consent to share the plan");
        this.householdId = householdId;
        this.membersWithoutConsent = Set.copyOf(membersWithoutConsent);
    }

    public UUID householdId() {
        return householdId;
    }

    public Set<UUID> membersWithoutConsent() {
        return membersWithoutConsent;
    }
}
