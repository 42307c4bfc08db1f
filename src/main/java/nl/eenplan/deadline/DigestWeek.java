package nl.eenplan.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** An ISO week, the unit of the weekly digest: at most one digest per person per week. */
record DigestWeek(int year, int week, LocalDate monday) {

    DigestWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday: " + monday);
        }
    }

    static DigestWeek of(LocalDate day) {
        return new DigestWeek(
                day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** The key of the week's digest in the ledger of sent reminders, e.g. {@code digest:2026-W53}. */
    String key() {
        return "digest:" + this;
    }

    @Override
    public String toString() {
        return "%d-W%02d".formatted(year, week);
    }
}
