package nl.eenplan.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A consent to share information about one household member (C-1..C-3): for what purpose, which
 * information, with whom, given by whom and how, for which period; and whether it was withdrawn.
 * Changes return a new consent; {@code version} guards against overwriting someone else's change.
 */
public record Consent(
        UUID id,
        UUID householdId,
        UUID subjectId,
        int version,
        String purpose,
        Set<InformationCategory> categories,
        Set<Recipient> recipients,
        Set<UUID> givenBy,
        ConsentManner manner,
        LocalDate writtenFormDue,
        LocalDate writtenFormOn,
        LocalDate validFrom,
        LocalDate validUntil,
        UUID recordedBy,
        Instant recordedAt,
        Instant withdrawnAt,
        LocalDate withdrawnOn,
        UUID withdrawnBy) {

    public Consent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        categories = Set.copyOf(categories);
        recipients = Set.copyOf(recipients);
        givenBy = Set.copyOf(givenBy);
        if (manner == ConsentManner.ORAL && writtenFormDue == null) {
            throw new IllegalArgumentException("C-3: oral consent has a due date for its written form");
        }
    }

    /**
     * Records consent given on {@code today}. C-1: given by exactly those the rule asks on its first
     * day; C-3: oral consent has its written form due {@code writtenFormDays} calendar days later.
     */
    static Consent give(
            UUID householdId,
            NewConsent consent,
            RequiredConsent requiredOnStart,
            UUID recordedBy,
            Instant now,
            LocalDate today,
            int writtenFormDays) {
        if (!requiredOnStart.possible()) {
            throw new ConsentRefused("givenBy", "consent.givenBy.noAuthority");
        }
        var oral = consent.manner() == ConsentManner.ORAL;
        return new Consent(
                UUID.randomUUID(),
                householdId,
                consent.subjectId(),
                0,
                consent.purpose(),
                consent.categories(),
                consent.recipients(),
                consent.givenBy(),
                consent.manner(),
                oral ? today.plusDays(writtenFormDays) : null,
                null,
                consent.validFrom(),
                consent.validUntil(),
                recordedBy,
                now,
                null,
                null,
                null);
    }

    /** Where this consent stands on a day, given who the age rule asks on that day. */
    public ConsentStatus statusOn(LocalDate day, RequiredConsent required) {
        if (withdrawn() && !day.isBefore(withdrawnOn)) {
            return ConsentStatus.WITHDRAWN;
        }
        if (day.isBefore(validFrom)) {
            return ConsentStatus.NOT_YET_VALID;
        }
        if (day.isAfter(validUntil)) {
            return ConsentStatus.EXPIRED;
        }
        // C-1: a birthday (12, 16) or a change of authority asks for consent anew.
        return required.metBy(givenBy) ? ConsentStatus.VALID : ConsentStatus.NEEDS_RENEWAL;
    }

    /** Whether it covers this information for this participant (directly or through the organisation). */
    public boolean covers(InformationCategory category, UUID participantId, UUID organisationId) {
        return categories.contains(category)
                && recipients.stream().anyMatch(r -> r.reaches(participantId, organisationId));
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** C-3: oral consent whose written form has not come in yet (and that was not withdrawn). */
    public boolean writtenFormOutstanding() {
        return manner == ConsentManner.ORAL && writtenFormOn == null && !withdrawn();
    }

    /** Withdrawn now: from {@code today} on it allows nothing. */
    Consent withdraw(UUID by, Instant now, LocalDate today) {
        if (withdrawn()) {
            throw new ConsentRefused("consent", "consent.withdraw.already");
        }
        return new Consent(
                id,
                householdId,
                subjectId,
                version,
                purpose,
                categories,
                recipients,
                givenBy,
                manner,
                writtenFormDue,
                writtenFormOn,
                validFrom,
                validUntil,
                recordedBy,
                recordedAt,
                now,
                today,
                by);
    }

    /** C-3: the written form of an oral consent came in on {@code day}. */
    Consent registerWrittenForm(LocalDate day) {
        if (!writtenFormOutstanding()) {
            throw new ConsentRefused("consent", "consent.written.notOutstanding");
        }
        return new Consent(
                id,
                householdId,
                subjectId,
                version,
                purpose,
                categories,
                recipients,
                givenBy,
                manner,
                writtenFormDue,
                day,
                validFrom,
                validUntil,
                recordedBy,
                recordedAt,
                withdrawnAt,
                withdrawnOn,
                withdrawnBy);
    }
}
