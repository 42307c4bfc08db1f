package nl.eenplan.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * MON-1, MON-2: everything a municipality's yearly evaluation report shows: the dashboard of the calendar
 * year (suppressed as on the page), that of the year before for comparison, and the findings written for
 * the year. Made fresh each time from monitoring's read model; no personal data.
 */
public record YearReport(
        DashboardScope scope,
        int year,
        LocalDate madeOn,
        Dashboard figures,
        Dashboard previous,
        Evaluation evaluation) {

    /** The calendar year as a dashboard period. */
    public static Period period(int year) {
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /** Whether the year before has any figure to compare with (a shown count). */
    public boolean hasPrevious() {
        return previous.tables().stream()
                .filter(t -> !t.key().equals("trend"))
                .flatMap(t -> t.rows().stream())
                .flatMap(r -> r.cells().stream())
                .anyMatch(c -> c.kind() == Cell.Kind.COUNT && c.shown());
    }
}
