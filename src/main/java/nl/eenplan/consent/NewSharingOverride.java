package nl.eenplan.consent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A decision about sharing without consent to record (C-5): about whom, to whom, which information,
 * the five questions, the discussion in the own team, the decision, and whether the household was
 * informed or why not. A decision to share holds until {@code validUntil}.
 */
public record NewSharingOverride(
        UUID subjectId,
        Set<Recipient> recipients,
        Set<InformationCategory> categories,
        FiveQuestions answers,
        LocalDate discussedOn,
        String discussedWith,
        OverrideDecision decision,
        Boolean householdInformed,
        String notInformedReason,
        LocalDate validUntil) {

    public NewSharingOverride {
        if (subjectId == null) {
            throw new ConsentRefused("subjectId", "consent.subject.required");
        }
        if (recipients == null || recipients.isEmpty()) {
            throw new ConsentRefused("recipients", "consent.recipients.required");
        }
        if (categories == null || categories.isEmpty()) {
            throw new ConsentRefused("categories", "consent.categories.required");
        }
        if (answers == null) {
            throw new ConsentRefused("goal", "consent.override.answerRequired");
        }
        if (discussedOn == null) {
            throw new ConsentRefused("discussedOn", "consent.override.discussedOn.required");
        }
        if (discussedWith == null || discussedWith.isBlank()) {
            throw new ConsentRefused("discussedWith", "consent.override.discussedWith.required");
        }
        if (decision == null) {
            throw new ConsentRefused("decision", "consent.override.decision.required");
        }
        if (householdInformed == null) {
            throw new ConsentRefused("householdInformed", "consent.override.informed.required");
        }
        if (!householdInformed && (notInformedReason == null || notInformedReason.isBlank())) {
            throw new ConsentRefused("notInformedReason", "consent.override.notInformedReason.required");
        }
        if (decision == OverrideDecision.SHARE && validUntil == null) {
            throw new ConsentRefused("validUntil", "consent.override.validUntil.required");
        }
        if (validUntil != null && validUntil.isBefore(discussedOn)) {
            throw new ConsentRefused("validUntil", "consent.override.validUntil.beforeDiscussion");
        }
        recipients = Set.copyOf(recipients);
        categories = Set.copyOf(categories);
        discussedWith = discussedWith.strip();
        notInformedReason = householdInformed ? null : notInformedReason.strip();
    }
}
