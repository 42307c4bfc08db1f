package nl.eenplan.calendar;

import java.util.Objects;

/**
 * Which Dutch public holidays count as days off when EenPlan counts working days.
 *
 * <p>Jollyday supplies the dates; this policy decides which of them count. Two holidays are a
 * choice: Liberation Day (see {@link LiberationDayRule}) and Good Friday, which most employers and
 * collective agreements do not give off. Easter Sunday and Whit Sunday always count but fall on a
 * Sunday anyway. See docs/calendar.md.
 *
 * @param liberationDay when 5 May counts
 * @param goodFridayIsHoliday whether Good Friday counts
 */
public record HolidayPolicy(LiberationDayRule liberationDay, boolean goodFridayIsHoliday) {

    /**
     * EenPlan's default, as most collective agreements have it: Liberation Day only in lustrum
     * years, Good Friday is a working day.
     */
    public static final HolidayPolicy DEFAULT = new HolidayPolicy(LiberationDayRule.LUSTRUM_YEARS, false);

    /**
     * The recognised holidays of the Algemene termijnenwet (art. 3): 5 May every year and Good
     * Friday too. Days the government equates with a holiday by decree every three years (such as
     * the Friday after Ascension Day) are not included.
     */
    public static final HolidayPolicy GENERAL_TIME_LIMITS_ACT = new HolidayPolicy(LiberationDayRule.EVERY_YEAR, true);

    public HolidayPolicy {
        Objects.requireNonNull(liberationDay, "liberationDay");
    }

    /** Whether this holiday, in this year, is a day off. */
    public boolean counts(PublicHoliday holiday, int year) {
        return switch (holiday) {
            case LIBERATION_DAY -> liberationDay.countsIn(year);
            case GOOD_FRIDAY -> goodFridayIsHoliday;
            default -> true;
        };
    }
}
