package nl.eenplan.escalation;

import java.time.LocalDate;

/**
 * What the owner of a step records as its end (E-1..E-4): commitment or not, the new agreements and
 * by when, and at step 4 the intended result and whom the contact point involves. Blank texts are
 * read as none; {@link #requireWhatTheStepNeeds} says what a step needs.
 */
public record StepOutcome(
        Outcome outcome,
        String agreements,
        LocalDate agreementDue,
        String intendedResult,
        Involvement involvement,
        String note) {

    public StepOutcome {
        agreements = blankToNull(agreements);
        intendedResult = blankToNull(intendedResult);
        note = blankToNull(note);
    }

    /**
     * E-1..E-3: a commitment needs its new agreements and their date. E-4: the contact point records
     * which actions, which result and which deadline, and whom it involves, whatever the commitment.
     */
    void requireWhatTheStepNeeds(EscalationStep step, boolean contactPoint) {
        if (outcome == null) {
            throw new EscalationRefused("escalation.outcome.required");
        }
        if (outcome == Outcome.COMMITMENT || contactPoint) {
            if (agreements == null) {
                throw new EscalationRefused("escalation.outcome.agreementsRequired");
            }
            if (agreementDue == null) {
                throw new EscalationRefused("escalation.outcome.agreementDueRequired");
            }
            if (agreementDue.isBefore(step.startedOn())) {
                throw new EscalationRefused("escalation.outcome.agreementDueBeforeStart");
            }
        }
        if (contactPoint && intendedResult == null) {
            throw new EscalationRefused("escalation.outcome.intendedResultRequired");
        }
        if (contactPoint && involvement == null) {
            throw new EscalationRefused("escalation.outcome.involvementRequired");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
