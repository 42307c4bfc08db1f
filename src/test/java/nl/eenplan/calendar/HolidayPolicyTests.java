package nl.eenplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayPolicyTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2025, true", "2026, false", "2029, false", "2030, true", "2035, true", "2045, true"})
    @DisplayName("X-4: in lustrum years only, Liberation Day counts")
    void liberationDayCountsInLustrumYearsOnly(int year, boolean counts) {
        assertThat(LiberationDayRule.LUSTRUM_YEARS.countsIn(year)).isEqualTo(counts);
    }

    @Test
    void everyYearAndNeverMeanWhatTheySay() {
        assertThat(LiberationDayRule.EVERY_YEAR.countsIn(2026)).isTrue();
        assertThat(LiberationDayRule.NEVER.countsIn(2025)).isFalse();
    }

    @Test
    @DisplayName("X-4: by default Good Friday is a working day and 5 May counts only in lustrum years")
    void defaultFollowsMostCollectiveAgreements() {
        var policy = HolidayPolicy.DEFAULT;

        assertThat(policy.counts(PublicHoliday.GOOD_FRIDAY, 2026)).isFalse();
        assertThat(policy.counts(PublicHoliday.LIBERATION_DAY, 2025)).isTrue();
        assertThat(policy.counts(PublicHoliday.LIBERATION_DAY, 2026)).isFalse();
        assertThat(policy.counts(PublicHoliday.EASTER_MONDAY, 2026)).isTrue();
        assertThat(policy.counts(PublicHoliday.KINGS_DAY, 2026)).isTrue();
    }

    @Test
    @DisplayName("X-4: the Algemene termijnenwet counts Good Friday and 5 May every year")
    void generalTimeLimitsActCountsGoodFridayAndLiberationDayEveryYear() {
        var policy = HolidayPolicy.GENERAL_TIME_LIMITS_ACT;

        assertThat(policy.counts(PublicHoliday.GOOD_FRIDAY, 2026)).isTrue();
        assertThat(policy.counts(PublicHoliday.LIBERATION_DAY, 2026)).isTrue();
    }

    @Test
    void needsALiberationDayRule() {
        assertThatNullPointerException().isThrownBy(() -> new HolidayPolicy(null, false));
    }

    @Test
    @DisplayName("X-2: holiday names are Dutch unless English is asked for")
    void namesHolidaysInDutchFirst() {
        assertThat(PublicHoliday.WHIT_MONDAY.displayName(Locale.forLanguageTag("nl-NL")))
                .isEqualTo("Tweede Pinksterdag");
        assertThat(PublicHoliday.WHIT_MONDAY.displayName(Locale.GERMAN)).isEqualTo("Tweede Pinksterdag");
        assertThat(PublicHoliday.WHIT_MONDAY.displayName(null)).isEqualTo("Tweede Pinksterdag");
        assertThat(PublicHoliday.WHIT_MONDAY.displayName(Locale.UK)).isEqualTo("Whit Monday");
    }
}
