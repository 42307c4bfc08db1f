package nl.eenplan.home;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Predicate;
import nl.eenplan.calendar.DutchMoments;

/**
 * A warning on the page after something was planned on a day that is no working day: saved
 * all the same, but said, so that a mistyped date is noticed. The layout shows it under the notice.
 *
 * @param key the message, with the day as its argument
 * @param day the day, as people read it (25-12-2026)
 */
public record DateWarning(String key, String day) implements Serializable {

    /** The flash attribute the layout shows. */
    public static final String ATTRIBUTE = "warning";

    private static final DutchMoments DAY = DutchMoments.in(java.util.Locale.forLanguageTag("nl"));

    /** The first of these days that is no working day, as a warning; nothing when all are. */
    public static Optional<DateWarning> firstNonWorkingDay(
            Collection<LocalDate> days, Predicate<LocalDate> isWorkingDay) {
        return days.stream()
                .filter(d -> d != null && !isWorkingDay.test(d))
                .findFirst()
                .map(d -> new DateWarning("date.notWorkingDay", DAY.date(d)));
    }

    /** The message's arguments, for the page. */
    public Object[] arguments() {
        return new Object[] {day};
    }
}
