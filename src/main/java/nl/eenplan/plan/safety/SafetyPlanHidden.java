package nl.eenplan.plan.safety;

import java.util.Set;
import java.util.UUID;

/**
 * PL-6, C-2: the viewer takes part in the plan, but the safety plan is not shown to him: a professional
 * without consent covering the safety plan (or a decision to share without consent, C-5) for {@code
 * membersWithoutConsent}, or a child below {@link SafetySight#MEMBER_FROM_AGE}.
 */
public class SafetyPlanHidden extends RuntimeException {

    private final UUID householdId;
    private final Set<UUID> membersWithoutConsent;
    private final boolean professional;

    public SafetyPlanHidden(UUID householdId, Set<UUID> membersWithoutConsent, boolean professional) {
        super("safety plan not shown");
        this.householdId = householdId;
        this.membersWithoutConsent = Set.copyOf(membersWithoutConsent);
        this.professional = professional;
    }

    public UUID householdId() {
        return householdId;
    }

    public Set<UUID> membersWithoutConsent() {
        return membersWithoutConsent;
    }

    /** Whether a professional asked: he may record consent or a decision to share without consent. */
    public boolean professional() {
        return professional;
    }
}
