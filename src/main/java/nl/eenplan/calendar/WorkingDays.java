package nl.eenplan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The one calendar for deadlines in working days: Monday to Friday, except the Dutch public
 * holidays that count under the {@link HolidayPolicy}. The overloads that take a municipality id
 * also skip that municipality's {@link ClosingDays}; the others use the national calendar only.
 *
 * <p>Days are counted after the start: the start day itself never counts. Outside Spring, build
 * one with {@link #nationwide()} or {@link #of(HolidayPolicy, ClosingDays)}.
 */
@Service
public class WorkingDays {

    private final DutchHolidays holidays;
    private final ClosingDays closingDays;

    WorkingDays(DutchHolidays holidays, ClosingDays closingDays) {
        this.holidays = holidays;
        this.closingDays = closingDays;
    }

    /** The national calendar under EenPlan's default holiday policy, without closing days. */
    public static WorkingDays nationwide() {
        return of(HolidayPolicy.DEFAULT, ClosingDays.none());
    }

    /** A calendar with this holiday policy and these closing days. */
    public static WorkingDays of(HolidayPolicy policy, ClosingDays closingDays) {
        return new WorkingDays(new DutchHolidays(policy), closingDays);
    }

    public HolidayPolicy policy() {
        return holidays.policy();
    }

    /** Whether the day is a Monday to Friday that is not a public holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, Set.of());
    }

    /** Whether the day is a working day and the municipality is not closed on it. */
    public boolean isWorkingDay(UUID municipalityId, LocalDate day) {
        return isWorkingDay(day)
                && closingDays.between(municipalityId, day, day).isEmpty();
    }

    /**
     * The {@code n}-th working day after {@code from}; {@code from} itself is not counted, so
     * {@code n = 0} gives {@code from} back unchanged.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return addWorkingDays(from, n, Set.of());
    }

    /** As {@link #addWorkingDays(LocalDate, int)}, also skipping the municipality's closing days. */
    public LocalDate addWorkingDays(UUID municipalityId, LocalDate from, int n) {
        requireNonNegative(n);
        return withClosingDays(municipalityId, from.plusDays(1), closed -> addWorkingDays(from, n, closed));
    }

    /**
     * How many working days lie after {@code startExclusive} up to and including
     * {@code endInclusive}; 0 when both are the same day.
     *
     * @throws IllegalArgumentException when the end lies before the start
     */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        return workingDaysBetween(startExclusive, endInclusive, Set.of());
    }

    /** As {@link #workingDaysBetween(LocalDate, LocalDate)}, also skipping closing days. */
    public int workingDaysBetween(UUID municipalityId, LocalDate startExclusive, LocalDate endInclusive) {
        requireOrdered(startExclusive, endInclusive);
        if (startExclusive.equals(endInclusive)) {
            return 0;
        }
        var closed = closingDays.between(municipalityId, startExclusive.plusDays(1), endInclusive);
        return workingDaysBetween(startExclusive, endInclusive, closed);
    }

    /** The day itself when it is a working day, otherwise the first working day after it. */
    public LocalDate firstWorkingDayFrom(LocalDate day) {
        return firstWorkingDayFrom(day, Set.of());
    }

    /** As {@link #firstWorkingDayFrom(LocalDate)}, also skipping closing days. */
    public LocalDate firstWorkingDayFrom(UUID municipalityId, LocalDate day) {
        return withClosingDays(municipalityId, day, closed -> firstWorkingDayFrom(day, closed));
    }

    /**
     * The due date of a term of {@code days} calendar days from {@code start}: {@code start + days},
     * moved to the next working day when that is a weekend day or holiday (the rule of art. 1 of
     * the Algemene termijnenwet, applied to every calendar-day term in EenPlan).
     */
    public LocalDate dueAfterCalendarDays(LocalDate start, int days) {
        requireNonNegative(days);
        return firstWorkingDayFrom(start.plusDays(days));
    }

    /** As {@link #dueAfterCalendarDays(LocalDate, int)}, also moving past closing days. */
    public LocalDate dueAfterCalendarDays(UUID municipalityId, LocalDate start, int days) {
        requireNonNegative(days);
        return firstWorkingDayFrom(municipalityId, start.plusDays(days));
    }

    /** The holiday on this day, if one that counts under the policy falls on it. */
    public Optional<PublicHoliday> holidayOn(LocalDate day) {
        return holidays.on(day);
    }

    /** The name of the holiday on this day ("Tweede Paasdag"), if one that counts falls on it. */
    public Optional<String> holidayName(LocalDate day, Locale locale) {
        return holidays.on(day).map(holiday -> holiday.displayName(locale));
    }

    /** The holidays of a year that count under the policy, in date order. */
    public NavigableMap<LocalDate, PublicHoliday> holidaysIn(int year) {
        return holidays.in(year);
    }

    private boolean isWorkingDay(LocalDate day, Set<LocalDate> closed) {
        var weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY
                && weekday != DayOfWeek.SUNDAY
                && !closed.contains(day)
                && holidays.on(day).isEmpty();
    }

    private LocalDate addWorkingDays(LocalDate from, int n, Set<LocalDate> closed) {
        requireNonNegative(n);
        var day = from;
        var counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day, closed)) {
                counted++;
            }
        }
        return day;
    }

    private int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive, Set<LocalDate> closed) {
        requireOrdered(startExclusive, endInclusive);
        int count = 0;
        for (var day = startExclusive.plusDays(1); !day.isAfter(endInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day, closed)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate firstWorkingDayFrom(LocalDate day, Set<LocalDate> closed) {
        var candidate = day;
        while (!isWorkingDay(candidate, closed)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /**
     * Computes a date that only moves later as more closing days become known: reads the closing
     * days from {@code firstRelevant} up to the answer and recomputes until no new ones matter.
     */
    private LocalDate withClosingDays(
            UUID municipalityId, LocalDate firstRelevant, Function<Set<LocalDate>, LocalDate> compute) {
        var closed = new HashSet<LocalDate>();
        var knownUpTo = firstRelevant.minusDays(1);
        var answer = compute.apply(closed);
        while (answer.isAfter(knownUpTo)) {
            closed.addAll(closingDays.between(municipalityId, knownUpTo.plusDays(1), answer));
            knownUpTo = answer;
            answer = compute.apply(closed);
        }
        return answer;
    }

    private static void requireNonNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot count back: " + n + " days");
        }
    }

    private static void requireOrdered(LocalDate startExclusive, LocalDate endInclusive) {
        if (endInclusive.isBefore(startExclusive)) {
            throw new IllegalArgumentException(endInclusive + " lies before " + startExclusive);
        }
    }
}
