package nl.eenplan.escalation.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.eenplan.escalation.Involvement;
import nl.eenplan.escalation.Outcome;
import nl.eenplan.escalation.StepOutcome;
import nl.eenplan.home.FieldRules;

/**
 * E-1..E-4: {@code POST .../escalations/{escalationId}/outcome}: how the current step ended. What a
 * step needs (new agreements and their date after a commitment; at step 4 also the intended result
 * and whom the contact point involves) is checked by the method's rules: 422 naming the reason.
 */
record OutcomeRequest(
        Outcome outcome,

        @Size(max = FieldRules.TEXT, message = "{escalation.api.textTooLong}")
        @Pattern(regexp = EscalationTexts.TEXT, message = "{escalation.api.textUnreadable}")
        String agreements,

        LocalDate agreementDue,

        @Size(max = FieldRules.TEXT, message = "{escalation.api.textTooLong}")
        @Pattern(regexp = EscalationTexts.TEXT, message = "{escalation.api.textUnreadable}")
        String intendedResult,

        Involvement involvement,

        @Size(max = FieldRules.TEXT, message = "{escalation.api.textTooLong}")
        @Pattern(regexp = EscalationTexts.TEXT, message = "{escalation.api.textUnreadable}")
        String note) {

    StepOutcome toOutcome() {
        return new StepOutcome(outcome, agreements, agreementDue, intendedResult, involvement, note);
    }
}
