package nl.eenplan.escalation;

import java.time.LocalDate;

/**
 * What the owner of a step records as its end (E-1..E-4): commitment or not, the new agreements and
 * by when, and at step 4 the intended result and whom the contact point involves. Blank texts are
 * read as none; {@link EscalationLadder#checkOutcome} says what a step needs.
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
