package nl.eenplan.consent.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.consent.FiveQuestions;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.NewSharingOverride;
import nl.eenplan.consent.OverrideDecision;

/** A decision about sharing without consent as the form sends it (C-5). */
record OverrideForm(
        @NotNull(message = "{consent.subject.required}") UUID subjectId,

        @NotEmpty(message = "{consent.recipients.required}") List<String> recipients,

        @NotEmpty(message = "{consent.categories.required}") List<InformationCategory> categories,

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

        @NotBlank(message = "{consent.override.discussedWith.required}")
        String discussedWith,

        @NotNull(message = "{consent.override.decision.required}")
        OverrideDecision decision,

        @NotNull(message = "{consent.override.informed.required}")
        Boolean householdInformed,

        String notInformedReason,
        LocalDate validUntil) {

    static OverrideForm empty() {
        return new OverrideForm(null, List.of(), List.of(), "", "", "", "", "", null, "", null, null, "", null);
    }

    NewSharingOverride toNewOverride() {
        return new NewSharingOverride(
                subjectId,
                ConsentForm.recipients(recipients),
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
