package nl.eenplan.consent.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.FiveQuestions;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.NewConsent;
import nl.eenplan.consent.NewSharingOverride;
import nl.eenplan.consent.NewSignal;
import nl.eenplan.consent.OverrideDecision;
import nl.eenplan.consent.Recipient;
import nl.eenplan.consent.SignalKind;
import nl.eenplan.home.FieldRules;

/** What the consent API takes: a consent, a decision to share without consent, a signal; as the forms do. */
final class ConsentRequests {

    private ConsentRequests() {}

    /** {@code POST .../consents}: a consent about one member, given by whom the age rule asks (C-1..C-3). */
    record ConsentRequest(
            @NotNull(message = "{consent.subject.required}") UUID memberId,

            @NotBlank(message = "{consent.purpose.required}")
            String purpose,

            @NotEmpty(message = "{consent.categories.required}")
            List<InformationCategory> categories,

            @NotEmpty(message = "{consent.recipients.required}") @Size(max = FieldRules.ROWS)
            List<Recipient> recipients,

            @NotEmpty(message = "{consent.givenBy.required}") @Size(max = FieldRules.ROWS)
            List<UUID> givenBy,

            @NotNull(message = "{consent.manner.required}") ConsentManner manner,

            @NotNull(message = "{consent.validFrom.required}")
            LocalDate validFrom,

            @NotNull(message = "{consent.validUntil.required}")
            LocalDate validUntil) {

        NewConsent toNewConsent() {
            return new NewConsent(
                    memberId,
                    purpose,
                    ConsentForm.present(categories),
                    ConsentForm.present(recipients),
                    ConsentForm.present(givenBy),
                    manner,
                    validFrom,
                    validUntil);
        }
    }

    /** {@code POST .../consents/overrides}: a decision about sharing without consent (C-5). */
    record OverrideRequest(
            @NotNull(message = "{consent.subject.required}") UUID memberId,

            @NotEmpty(message = "{consent.recipients.required}") @Size(max = FieldRules.ROWS)
            List<Recipient> recipients,

            @NotEmpty(message = "{consent.categories.required}")
            List<InformationCategory> categories,

            @NotBlank(message = "{consent.override.answerRequired}")
            String goal,

            @NotBlank(message = "{consent.override.answerRequired}")
            String withoutSharing,

            @NotBlank(message = "{consent.override.answerRequired}")
            String consentAsked,

            @NotBlank(message = "{consent.override.answerRequired}")
            String outweighs,

            @NotBlank(message = "{consent.override.answerRequired}")
            String informationNeeded,

            @NotNull(message = "{consent.override.discussedOn.required}")
            LocalDate discussedOn,

            @NotBlank(message = "{consent.override.discussedWith.required}") @Size(max = FieldRules.TEXT)
            String discussedWith,

            @NotNull(message = "{consent.override.decision.required}")
            OverrideDecision decision,

            @NotNull(message = "{consent.override.informed.required}")
            Boolean householdInformed,

            @Size(max = FieldRules.TEXT) String notInformedReason,
            LocalDate validUntil) {

        NewSharingOverride toNewOverride() {
            return new NewSharingOverride(
                    memberId,
                    ConsentForm.present(recipients),
                    ConsentForm.present(categories),
                    new FiveQuestions(goal, withoutSharing, consentAsked, outweighs, informationNeeded),
                    discussedOn,
                    discussedWith,
                    decision,
                    householdInformed,
                    notInformedReason,
                    validUntil);
        }
    }

    /** {@code POST .../consents/signals}: a referral-index registration or reporting-code step (C-6). */
    record SignalRequest(
            @NotNull(message = "{consent.subject.required}") UUID memberId,

            @NotNull(message = "{consent.signal.kind.required}")
            SignalKind kind,

            @NotNull(message = "{consent.signal.on.required}")
            LocalDate on,

            @Size(max = FieldRules.TEXT) String note) {

        NewSignal toNewSignal() {
            return new NewSignal(memberId, kind, on, note);
        }
    }
}
