package nl.eenplan.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The headings of the to-do page; each has a label {@code deadline.group.<NAME>} in the message
 * bundles. "This week" runs up to and including Sunday.
 */
public enum ToDoGroup {
    OVERDUE,
    TODAY,
    THIS_WEEK,
    LATER;

    public static ToDoGroup of(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        if (due.isEqual(today)) {
            return TODAY;
        }
        if (!due.isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)))) {
            return THIS_WEEK;
        }
        return LATER;
    }
}
