package nl.eenplan.escalation.web;

import java.time.LocalDate;
import nl.eenplan.escalation.Involvement;
import nl.eenplan.escalation.Outcome;
import nl.eenplan.escalation.StepOutcome;
import org.springframework.format.annotation.DateTimeFormat;

/** E-1..E-4: the outcome of the current step, with the version of the escalation the form was opened on. */
record OutcomeForm(
        Integer version,
        Outcome outcome,
        String agreements,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate agreementDue,
        String intendedResult,
        Involvement involvement,
        String note) {

    static OutcomeForm empty() {
        return new OutcomeForm(null, null, null, null, null, null, null);
    }

    StepOutcome toOutcome() {
        return new StepOutcome(outcome, agreements, agreementDue, intendedResult, involvement, note);
    }
}
