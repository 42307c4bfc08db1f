package nl.eenplan.calendar;

import static nl.eenplan.calendar.WorkingDaysTests.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoundTableWindowTests {

    private final WorkingDays workingDays = WorkingDays.nationwide();

    @Test
    @DisplayName("M-3: an initiative on Monday 20 April 2026 gives a window from 28 April to 12 May")
    void windowRunsFromTheFifthToTheFifteenthWorkingDay() {
        // 21-24 April are working days 1-4; King's Day 27 April does not count, so 28 April is the
        // fifth; 5 May 2026 counts (no lustrum), so 12 May is the fifteenth.
        assertThat(RoundTableWindow.after(date(2026, 4, 20), workingDays))
                .isEqualTo(new RoundTableWindow(date(2026, 4, 28), date(2026, 5, 12)));
    }

    @Test
    @DisplayName("M-3: a round table on the first or last day of the window is in time; a day outside is not")
    void containsBothEndsOfTheWindow() {
        var window = RoundTableWindow.after(date(2026, 4, 20), workingDays);

        assertThat(window.contains(date(2026, 4, 27))).isFalse();
        assertThat(window.contains(date(2026, 4, 28))).isTrue();
        assertThat(window.contains(date(2026, 5, 12))).isTrue();
        assertThat(window.contains(date(2026, 5, 13))).isFalse();
    }

    @Test
    @DisplayName("M-3: when 5 May counts every year, the window of 20 April 2026 closes a day later")
    void liberationDayEveryYearClosesTheWindowADayLater() {
        var strict = WorkingDays.of(HolidayPolicy.GENERAL_TIME_LIMITS_ACT, ClosingDays.none());

        assertThat(RoundTableWindow.after(date(2026, 4, 20), strict))
                .isEqualTo(new RoundTableWindow(date(2026, 4, 28), date(2026, 5, 13)));
    }

    @Test
    void aWindowCannotCloseBeforeItOpens() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RoundTableWindow(date(2026, 5, 12), date(2026, 4, 28)));
    }
}
