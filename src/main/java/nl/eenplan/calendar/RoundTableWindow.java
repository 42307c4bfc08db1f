package nl.eenplan.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a round table should take place (M-3): between 5 and 15 working days after someone took
 * the initiative, both ends inclusive.
 */
public record RoundTableWindow(LocalDate earliest, LocalDate latest) {

    // M-3: realised between 5 and 15 working days after the initiative.
    static final int EARLIEST_WORKING_DAYS = 5;
    static final int LATEST_WORKING_DAYS = 15;

    public RoundTableWindow {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("the window closes (" + latest + ") before it opens (" + earliest + ")");
        }
    }

    /** The window for a round table initiated on this day, on the national calendar. */
    public static RoundTableWindow after(LocalDate initiative, WorkingDays workingDays) {
        return new RoundTableWindow(
                workingDays.addWorkingDays(initiative, EARLIEST_WORKING_DAYS),
                workingDays.addWorkingDays(initiative, LATEST_WORKING_DAYS));
    }

    /** Whether a round table on this day is within the window (MON-2 counts these). */
    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }
}
