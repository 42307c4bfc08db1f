package nl.eenplan.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A term of the law or of the method: it starts on a day (a request, an escalation) and must be
 * met on or before its due date.
 */
public record Term(LocalDate start, LocalDate due) {

    public Term {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        if (due.isBefore(start)) {
            throw new IllegalArgumentException("a term cannot be due (" + due + ") before it starts (" + start + ")");
        }
    }

    /** Whether the term has passed on this day without being met: the day lies after the due date. */
    public boolean isOverdueOn(LocalDate day) {
        return day.isAfter(due);
    }

    /** Whether something done on this day is in time: from the start up to and including the due date. */
    public boolean isMetOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(due);
    }
}
