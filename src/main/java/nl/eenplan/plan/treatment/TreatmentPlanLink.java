package nl.eenplan.plan.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * PL-7: a professional's own treatment plan as the plan mentions it, never its content: whose it is
 * (a professional of the team, with his organisation as it was when it was linked), its name, the
 * organisation's own reference, the period, the goals it serves, when the household agreed that it is
 * mentioned, and when the treatment ended (an ended link stays, as history).
 */
public record TreatmentPlanLink(
        UUID id,
        UUID planId,
        UUID participantId,
        String professionalName,
        String organisationName,
        String name,
        String reference,
        LocalDate validFrom,
        LocalDate validTo,
        List<UUID> goalIds,
        Instant agreedAt,
        LocalDate endedOn,
        Instant createdAt) {

    public TreatmentPlanLink {
        goalIds = List.copyOf(goalIds);
    }

    /** The day the household's agreement was recorded, in Dutch time. */
    public LocalDate agreedOn() {
        return agreedAt.atZone(nl.eenplan.calendar.DutchTime.ZONE).toLocalDate();
    }

    public boolean ended() {
        return endedOn != null;
    }

    /** Whether this treatment plan serves the goal. */
    public boolean serves(UUID goalId) {
        return goalIds.contains(goalId);
    }
}
