package nl.eenplan.calendar;

/**
 * When Liberation Day (Bevrijdingsdag, 5 May) counts as a public holiday. It is a national
 * holiday every year, but most collective agreements give the day off only in lustrum years.
 */
public enum LiberationDayRule {
    /** Every year, as the Algemene termijnenwet (art. 3) lists "de vijfde mei". */
    EVERY_YEAR,
    /** Only in years divisible by five (2025, 2030, ...), as most collective agreements do. */
    LUSTRUM_YEARS,
    /** Never. */
    NEVER;

    /** Whether 5 May of this year is a holiday under this rule. */
    public boolean countsIn(int year) {
        return switch (this) {
            case EVERY_YEAR -> true;
            case LUSTRUM_YEARS -> year % 5 == 0;
            case NEVER -> false;
        };
    }
}
