package nl.eenplan.consent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.home.FieldRules;

/**
 * A consent to record. C-2: never general, so a purpose, at least one kind of information and at
 * least one recipient; and who gave it (C-1), how (C-3) and for which period.
 */
public record NewConsent(
        UUID subjectId,
        String purpose,
        Set<InformationCategory> categories,
        Set<Recipient> recipients,
        Set<UUID> givenBy,
        ConsentManner manner,
        LocalDate validFrom,
        LocalDate validUntil) {

    public NewConsent {
        if (subjectId == null) {
            throw new ConsentRefused("subjectId", "consent.subject.required");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new ConsentRefused("purpose", "consent.purpose.required");
        }
        if (!FieldRules.isText(purpose, FieldRules.TEXT, true)) {
            throw new ConsentRefused("purpose", "consent.purpose.tooLong");
        }
        if (categories == null || categories.isEmpty()) {
            throw new ConsentRefused("categories", "consent.categories.required");
        }
        if (recipients == null || recipients.isEmpty()) {
            throw new ConsentRefused("recipients", "consent.recipients.required");
        }
        if (givenBy == null || givenBy.isEmpty()) {
            throw new ConsentRefused("givenBy", "consent.givenBy.required");
        }
        if (manner == null) {
            throw new ConsentRefused("manner", "consent.manner.required");
        }
        if (validFrom == null) {
            throw new ConsentRefused("validFrom", "consent.validFrom.required");
        }
        if (validUntil == null) {
            throw new ConsentRefused("validUntil", "consent.validUntil.required");
        }
        if (!FieldRules.isPlausible(validFrom)) {
            throw new ConsentRefused("validFrom", "consent.date.implausible");
        }
        if (!FieldRules.isPlausible(validUntil)) {
            throw new ConsentRefused("validUntil", "consent.date.implausible");
        }
        if (validUntil.isBefore(validFrom)) {
            throw new ConsentRefused("validUntil", "consent.validUntil.beforeFrom");
        }
        purpose = purpose.strip();
        categories = Set.copyOf(categories);
        recipients = Set.copyOf(recipients);
        givenBy = Set.copyOf(givenBy);
    }
}
