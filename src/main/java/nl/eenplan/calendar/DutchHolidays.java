package nl.eenplan.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The Dutch public holidays that count under a {@link HolidayPolicy}, computed by Jollyday's
 * Netherlands calendar and kept per year in memory. Safe for use from many threads.
 */
@Component
class DutchHolidays {

    private final HolidayPolicy policy;
    private final HolidayManager jollyday;
    private final Map<Integer, NavigableMap<LocalDate, PublicHoliday>> byYear = new ConcurrentHashMap<>();

    DutchHolidays(HolidayPolicy policy) {
        this.policy = policy;
        this.jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
    }

    HolidayPolicy policy() {
        return policy;
    }

    Optional<PublicHoliday> on(LocalDate day) {
        return Optional.ofNullable(in(day.getYear()).get(day));
    }

    /** The holidays of a year that count, by date (a moved King's Day on its moved date). */
    NavigableMap<LocalDate, PublicHoliday> in(int year) {
        return byYear.computeIfAbsent(year, this::load);
    }

    /** Every Netherlands holiday Jollyday knows for the year, whether it counts or not. */
    NavigableMap<LocalDate, String> jollydayKeysIn(int year) {
        var keys = new TreeMap<LocalDate, String>();
        synchronized (jollyday) {
            jollyday.getHolidays(Year.of(year)).forEach(h -> keys.put(h.getDate(), h.getPropertiesKey()));
        }
        return keys;
    }

    private NavigableMap<LocalDate, PublicHoliday> load(int year) {
        var holidays = new TreeMap<LocalDate, PublicHoliday>();
        // EenPlan's own list decides; a holiday Jollyday adds in a later version does not count
        // until PublicHoliday knows it (DutchHolidaysTests fails on such a version).
        jollydayKeysIn(year)
                .forEach((date, key) -> PublicHoliday.ofJollydayKey(key)
                        .filter(holiday -> policy.counts(holiday, year))
                        .ifPresent(holiday -> holidays.put(date, holiday)));
        return Collections.unmodifiableNavigableMap(holidays);
    }
}
