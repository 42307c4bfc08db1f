package nl.eenplan.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A recorded decision about sharing without consent (C-5). A decision to share lets the named
 * recipients see the named information about the member from the team discussion until {@code
 * validUntil}; a decision not to share is kept as well.
 */
public record SharingOverride(
        UUID id,
        UUID householdId,
        UUID subjectId,
        int version,
        Set<Recipient> recipients,
        Set<InformationCategory> categories,
        FiveQuestions answers,
        LocalDate discussedOn,
        String discussedWith,
        OverrideDecision decision,
        boolean householdInformed,
        String notInformedReason,
        LocalDate validUntil,
        UUID recordedBy,
        Instant recordedAt) {

    public SharingOverride {
        recipients = Set.copyOf(recipients);
        categories = Set.copyOf(categories);
    }

    static SharingOverride record(UUID householdId, NewSharingOverride o, UUID recordedBy, Instant now) {
        return new SharingOverride(
                UUID.randomUUID(),
                householdId,
                o.subjectId(),
                0,
                o.recipients(),
                o.categories(),
                o.answers(),
                o.discussedOn(),
                o.discussedWith(),
                o.decision(),
                o.householdInformed(),
                o.notInformedReason(),
                o.decision() == OverrideDecision.SHARE ? o.validUntil() : null,
                recordedBy,
                now);
    }

    /** Whether this decision lets the participant see this information on this day. */
    public boolean allows(InformationCategory category, UUID participantId, UUID organisationId, LocalDate day) {
        return decision == OverrideDecision.SHARE
                && !day.isBefore(discussedOn)
                && !day.isAfter(validUntil)
                && categories.contains(category)
                && recipients.stream().anyMatch(r -> r.reaches(participantId, organisationId));
    }
}
