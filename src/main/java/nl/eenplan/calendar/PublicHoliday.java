package nl.eenplan.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Dutch public holidays EenPlan knows, with the key Jollyday uses for each and a Dutch and
 * English name. Whether a holiday counts as a day off is up to {@link HolidayPolicy}.
 */
public enum PublicHoliday {
    NEW_YEARS_DAY("NEW_YEAR", "Nieuwjaarsdag", "New Year's Day"),
    GOOD_FRIDAY("christian.GOOD_FRIDAY", "Goede Vrijdag", "Good Friday"),
    EASTER_SUNDAY("christian.EASTER", "Eerste Paasdag", "Easter Sunday"),
    EASTER_MONDAY("christian.EASTER_MONDAY", "Tweede Paasdag", "Easter Monday"),
    /** 27 April, or Saturday 26 April when the 27th is a Sunday; since 2014. */
    KINGS_DAY("KINGS_DAY", "Koningsdag", "King's Day"),
    /** Before 2014: 30 April. */
    QUEENS_DAY("QUEENS_BIRTHDAY", "Koninginnedag", "Queen's Day"),
    LIBERATION_DAY("LIBERATION", "Bevrijdingsdag", "Liberation Day"),
    ASCENSION_DAY("christian.ASCENSION_DAY", "Hemelvaartsdag", "Ascension Day"),
    WHIT_SUNDAY("christian.PENTECOST", "Eerste Pinksterdag", "Whit Sunday"),
    WHIT_MONDAY("christian.PENTECOST_MONDAY", "Tweede Pinksterdag", "Whit Monday"),
    CHRISTMAS_DAY("FIRST_CHRISTMAS_DAY", "Eerste Kerstdag", "Christmas Day"),
    BOXING_DAY("SECOND_CHRISTMAS_DAY", "Tweede Kerstdag", "Boxing Day");

    private final String jollydayKey;
    private final String dutchName;
    private final String englishName;

    PublicHoliday(String jollydayKey, String dutchName, String englishName) {
        this.jollydayKey = jollydayKey;
        this.dutchName = dutchName;
        this.englishName = englishName;
    }

    /** The name to show: English for an English locale, Dutch otherwise (X-2: Dutch first). */
    public String displayName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? englishName : dutchName;
    }

    static Optional<PublicHoliday> ofJollydayKey(String key) {
        return Arrays.stream(values()).filter(h -> h.jollydayKey.equals(key)).findFirst();
    }
}
