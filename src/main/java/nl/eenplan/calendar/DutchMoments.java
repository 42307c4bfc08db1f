package nl.eenplan.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

/**
 * How EenPlan shows a day or a moment to people: always in Dutch time ({@link DutchTime#ZONE}),
 * whatever the zone of the machine or of the value, in one format per kind (see docs/calendar.md):
 *
 * <ul>
 *   <li>{@link #date}: {@code 4 december 2026}
 *   <li>{@link #day}: {@code vrijdag 4 december 2026}, where the day of the week matters
 *   <li>{@link #dateTime}: {@code 4 december 2026, 17:15}
 *   <li>{@link #time}: {@code 17:15}
 * </ul>
 *
 * Month and day names follow the locale. A moment without zone ({@link LocalDateTime}) is taken to be
 * Dutch time already; {@code null} is shown as an empty text. Machine-readable output (JSON, CSV,
 * iCalendar) keeps ISO-8601 and does not use this.
 */
public final class DutchMoments {

    static final String DATE = "d MMMM yyyy";
    static final String DAY = "EEEE d MMMM yyyy";
    static final String TIME = "HH:mm";
    static final String DATE_TIME = DATE + ", " + TIME;

    private final DateTimeFormatter date;
    private final DateTimeFormatter day;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;

    private DutchMoments(Locale locale) {
        this.date = DateTimeFormatter.ofPattern(DATE, locale);
        this.day = DateTimeFormatter.ofPattern(DAY, locale);
        this.time = DateTimeFormatter.ofPattern(TIME, locale);
        this.dateTime = DateTimeFormatter.ofPattern(DATE_TIME, locale);
    }

    /** The formats in this locale's words (Dutch when null). */
    public static DutchMoments in(Locale locale) {
        return new DutchMoments(locale == null ? Locale.forLanguageTag("nl") : locale);
    }

    /** The day of this date or moment in the Netherlands: {@code 4 december 2026}. */
    public String date(Object value) {
        var day = dutchDate(value);
        return day == null ? "" : date.format(day);
    }

    /** The same with the day of the week: {@code vrijdag 4 december 2026}. */
    public String day(Object value) {
        var date = dutchDate(value);
        return date == null ? "" : day.format(date);
    }

    /** The moment in Dutch time: {@code 4 december 2026, 17:15}; a plain date shows as a date. */
    public String dateTime(Object value) {
        if (value instanceof LocalDate plain) {
            return date.format(plain);
        }
        var moment = dutch(value);
        return moment == null ? "" : dateTime.format(moment);
    }

    /** The time of day in Dutch time: {@code 17:15}. */
    public String time(Object value) {
        if (value instanceof LocalTime plain) {
            return time.format(plain);
        }
        var moment = dutch(value);
        return moment == null ? "" : time.format(moment);
    }

    /** The date of a value in Dutch time, or null. */
    public static LocalDate dutchDate(Object value) {
        if (value instanceof LocalDate plain) {
            return plain;
        }
        var moment = dutch(value);
        return moment == null ? null : moment.toLocalDate();
    }

    /** The value as a moment in Dutch time, or null when it is none. */
    public static LocalDateTime dutch(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> LocalDateTime.ofInstant(instant, DutchTime.ZONE);
            case ZonedDateTime zoned ->
                zoned.withZoneSameInstant(DutchTime.ZONE).toLocalDateTime();
            case OffsetDateTime offset ->
                offset.atZoneSameInstant(DutchTime.ZONE).toLocalDateTime();
            case LocalDateTime local -> local;
            case LocalDate plain -> plain.atStartOfDay();
            case Date old -> LocalDateTime.ofInstant(old.toInstant(), DutchTime.ZONE);
            case TemporalAccessor other
            when other.isSupported(ChronoField.INSTANT_SECONDS) ->
                LocalDateTime.ofInstant(Instant.from(other), DutchTime.ZONE);
            default -> throw new IllegalArgumentException("not a date or moment: " + value.getClass());
        };
    }
}
