package nl.eenplan.plan.web.fhir;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.consent.ConsentFile;
import nl.eenplan.plan.web.PlanResource;

/**
 * What one export of a plan is made of: the plan exactly as the JSON read shows it to this person
 * the household member behind each household participant he sees, and, only for someone who
 * sees the whole plan, the household's consents as its consent overview shows them to him ({@code
 * null} otherwise).
 */
public record ExportedPlan(
        PlanResource plan, Map<UUID, UUID> memberOfParticipant, ConsentFile consents, Instant exportedAt) {

    public ExportedPlan {
        memberOfParticipant = Map.copyOf(memberOfParticipant);
    }

    /** Whether this person sees the whole plan: tab 1, the team and the consents. */
    boolean whole() {
        return plan.participants() != null;
    }
}
