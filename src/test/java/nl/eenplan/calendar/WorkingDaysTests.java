package nl.eenplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkingDaysTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final WorkingDays workingDays = WorkingDays.nationwide();

    @Test
    @DisplayName("X-4: Saturday and Sunday are no working days")
    void weekendsAreNoWorkingDays() {
        assertThat(workingDays.isWorkingDay(date(2026, 4, 17))).isTrue();
        assertThat(workingDays.isWorkingDay(date(2026, 4, 18))).isFalse();
        assertThat(workingDays.isWorkingDay(date(2026, 4, 19))).isFalse();
        assertThat(workingDays.isWorkingDay(date(2026, 4, 20))).isTrue();
    }

    @Test
    @DisplayName("X-4: Easter Monday 6 April 2026 is no working day")
    void easterMondayIsNoWorkingDay() {
        var easterMonday = date(2026, 4, 6);

        assertThat(workingDays.isWorkingDay(easterMonday)).isFalse();
        assertThat(workingDays.holidayName(easterMonday, DUTCH)).hasValue("Tweede Paasdag");
        assertThat(workingDays.holidayName(easterMonday, Locale.ENGLISH)).hasValue("Easter Monday");
    }

    @Test
    @DisplayName("X-4: Good Friday 3 April 2026 is a working day by default")
    void goodFridayIsAWorkingDayByDefault() {
        var goodFriday = date(2026, 4, 3);

        assertThat(workingDays.isWorkingDay(goodFriday)).isTrue();
        assertThat(workingDays.holidayName(goodFriday, DUTCH)).isEmpty();
        assertThat(WorkingDays.of(HolidayPolicy.GENERAL_TIME_LIMITS_ACT, ClosingDays.none())
                        .isWorkingDay(goodFriday))
                .isFalse();
    }

    @Test
    @DisplayName("X-4: King's Day Monday 27 April 2026 is no working day")
    void kingsDayIsNoWorkingDay() {
        assertThat(workingDays.isWorkingDay(date(2026, 4, 27))).isFalse();
        assertThat(workingDays.holidayOn(date(2026, 4, 27))).hasValue(PublicHoliday.KINGS_DAY);
    }

    @Test
    @DisplayName("X-4: King's Day on a Sunday moves to Saturday 26 April (2025); Monday 28 April stays a working day")
    void kingsDayOnASundayMovesToSaturday() {
        assertThat(workingDays.holidayOn(date(2025, 4, 26))).hasValue(PublicHoliday.KINGS_DAY);
        assertThat(workingDays.holidayOn(date(2025, 4, 27))).isEmpty();
        assertThat(workingDays.isWorkingDay(date(2025, 4, 28))).isTrue();
    }

    @Test
    @DisplayName("X-4: Ascension Day 14 May 2026 is no working day; the Friday after it is")
    void ascensionDayIsNoWorkingDay() {
        assertThat(workingDays.isWorkingDay(date(2026, 5, 14))).isFalse();
        assertThat(workingDays.isWorkingDay(date(2026, 5, 15))).isTrue();
    }

    @Test
    @DisplayName("X-4: Whit Monday 25 May 2026 is no working day")
    void whitMondayIsNoWorkingDay() {
        assertThat(workingDays.isWorkingDay(date(2026, 5, 25))).isFalse();
        assertThat(workingDays.holidayName(date(2026, 5, 25), DUTCH)).hasValue("Tweede Pinksterdag");
    }

    @Test
    @DisplayName("X-4: Liberation Day is no working day in 2025 (lustrum) but is one in 2026")
    void liberationDayCountsOnlyInLustrumYears() {
        assertThat(workingDays.isWorkingDay(date(2025, 5, 5))).isFalse();
        assertThat(workingDays.holidayName(date(2025, 5, 5), DUTCH)).hasValue("Bevrijdingsdag");
        assertThat(workingDays.isWorkingDay(date(2026, 5, 5))).isTrue();
        assertThat(workingDays.holidayOn(date(2030, 5, 5))).hasValue(PublicHoliday.LIBERATION_DAY);
    }

    @Test
    @DisplayName("X-4: five working days after 23 December 2026 is 31 December (Christmas and the weekend skipped)")
    void addingWorkingDaysSkipsChristmas() {
        assertThat(workingDays.addWorkingDays(date(2026, 12, 23), 5)).isEqualTo(date(2026, 12, 31));
    }

    @Test
    @DisplayName("X-4: the working day after 31 December 2026 is Monday 4 January 2027")
    void addingWorkingDaysCrossesTheYearEnd() {
        assertThat(workingDays.addWorkingDays(date(2026, 12, 31), 1)).isEqualTo(date(2027, 1, 4));
        assertThat(workingDays.workingDaysBetween(date(2026, 12, 23), date(2027, 1, 4)))
                .isEqualTo(6);
    }

    @Test
    void addingNoWorkingDaysGivesTheStartBack() {
        assertThat(workingDays.addWorkingDays(date(2026, 4, 18), 0)).isEqualTo(date(2026, 4, 18));
    }

    @Test
    void refusesToCountBack() {
        assertThatIllegalArgumentException().isThrownBy(() -> workingDays.addWorkingDays(date(2026, 4, 20), -1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> workingDays.workingDaysBetween(date(2026, 4, 20), date(2026, 4, 17)));
    }

    @Test
    void countsFiveWorkingDaysInAnOrdinaryWeek() {
        assertThat(workingDays.workingDaysBetween(date(2026, 3, 1), date(2026, 3, 8)))
                .isEqualTo(5);
        assertThat(workingDays.workingDaysBetween(date(2026, 3, 4), date(2026, 3, 4)))
                .isZero();
    }

    @Test
    void countingBetweenUndoesAddingOnEveryDayOfThreeYears() {
        for (var from = date(2025, 1, 1); from.isBefore(date(2028, 1, 1)); from = from.plusDays(1)) {
            for (int n : new int[] {1, 5, 15}) {
                var to = workingDays.addWorkingDays(from, n);
                assertThat(workingDays.isWorkingDay(to)).as("%s + %d", from, n).isTrue();
                assertThat(workingDays.workingDaysBetween(from, to))
                        .as("%s + %d", from, n)
                        .isEqualTo(n);
            }
        }
    }

    @Test
    void theFirstWorkingDayFromAHolidayWeekendIsTheNextMonday() {
        assertThat(workingDays.firstWorkingDayFrom(date(2026, 12, 26))).isEqualTo(date(2026, 12, 28));
        assertThat(workingDays.firstWorkingDayFrom(date(2026, 12, 28))).isEqualTo(date(2026, 12, 28));
    }

    @Test
    @DisplayName("X-4: a term of 14 calendar days ending on King's Day 2026 moves to Tuesday 28 April")
    void aCalendarDayTermEndingOnAHolidayMovesToTheNextWorkingDay() {
        assertThat(workingDays.dueAfterCalendarDays(date(2026, 4, 13), 14)).isEqualTo(date(2026, 4, 28));
        assertThat(workingDays.dueAfterCalendarDays(date(2026, 4, 1), 14)).isEqualTo(date(2026, 4, 15));
    }

    @Test
    void listsTheHolidaysThatCountInAYear() {
        assertThat(workingDays.holidaysIn(2026)).hasSize(9).containsKey(date(2026, 12, 26));
    }

    @Test
    @DisplayName("X-4: a municipality's closing day on 24 December 2026 pushes five working days to 4 January 2027")
    void skipsTheClosingDaysOfTheMunicipalityOnly() {
        var closed = UUID.randomUUID();
        var open = UUID.randomUUID();
        var calendar = withClosingDays(Map.of(closed, Set.of(date(2026, 12, 24))));

        assertThat(calendar.addWorkingDays(closed, date(2026, 12, 23), 5)).isEqualTo(date(2027, 1, 4));
        assertThat(calendar.addWorkingDays(open, date(2026, 12, 23), 5)).isEqualTo(date(2026, 12, 31));
        assertThat(calendar.isWorkingDay(closed, date(2026, 12, 24))).isFalse();
        assertThat(calendar.isWorkingDay(open, date(2026, 12, 24))).isTrue();
        assertThat(calendar.isWorkingDay(date(2026, 12, 24))).isTrue();
    }

    @Test
    void findsClosingDaysBeyondTheFirstGuess() {
        var municipality = UUID.randomUUID();
        var calendar = withClosingDays(Map.of(
                municipality,
                Set.of(
                        date(2026, 12, 28),
                        date(2026, 12, 29),
                        date(2026, 12, 30),
                        date(2026, 12, 31),
                        date(2027, 1, 5))));

        assertThat(calendar.addWorkingDays(municipality, date(2026, 12, 23), 5)).isEqualTo(date(2027, 1, 8));
        assertThat(calendar.workingDaysBetween(municipality, date(2026, 12, 23), date(2027, 1, 8)))
                .isEqualTo(5);
        assertThat(calendar.firstWorkingDayFrom(municipality, date(2026, 12, 26)))
                .isEqualTo(date(2027, 1, 4));
        assertThat(calendar.dueAfterCalendarDays(municipality, date(2026, 12, 21), 7))
                .isEqualTo(date(2027, 1, 4));
        assertThat(calendar.addWorkingDays(municipality, date(2026, 12, 23), 0)).isEqualTo(date(2026, 12, 23));
    }

    static WorkingDays withClosingDays(Map<UUID, Set<LocalDate>> closingDays) {
        return WorkingDays.of(
                HolidayPolicy.DEFAULT,
                (municipalityId, first, last) -> closingDays.getOrDefault(municipalityId, Set.of()).stream()
                        .filter(day -> !day.isBefore(first) && !day.isAfter(last))
                        .collect(Collectors.toSet()));
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
