package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.Objects;

/** The terms of one step from its start: the first term (meeting, recording), if any, and commitment. */
public record StepTerms(LocalDate start, LocalDate firstDue, LocalDate commitmentDue) {

    public StepTerms {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(commitmentDue, "commitmentDue");
        if (commitmentDue.isBefore(start) || (firstDue != null && firstDue.isBefore(start))) {
            throw new IllegalArgumentException("a term cannot end before its step starts");
        }
    }
}
