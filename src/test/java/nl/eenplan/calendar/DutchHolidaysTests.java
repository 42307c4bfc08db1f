package nl.eenplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DutchHolidaysTests {

    private final DutchHolidays holidays = new DutchHolidays(HolidayPolicy.DEFAULT);

    @Test
    @DisplayName("X-4: 2026 has nine holidays; Good Friday and 5 May (no lustrum) do not count")
    void listsTheHolidaysOf2026() {
        assertThat(holidays.in(2026))
                .containsExactly(
                        entry(2026, 1, 1, PublicHoliday.NEW_YEARS_DAY),
                        entry(2026, 4, 5, PublicHoliday.EASTER_SUNDAY),
                        entry(2026, 4, 6, PublicHoliday.EASTER_MONDAY),
                        entry(2026, 4, 27, PublicHoliday.KINGS_DAY),
                        entry(2026, 5, 14, PublicHoliday.ASCENSION_DAY),
                        entry(2026, 5, 24, PublicHoliday.WHIT_SUNDAY),
                        entry(2026, 5, 25, PublicHoliday.WHIT_MONDAY),
                        entry(2026, 12, 25, PublicHoliday.CHRISTMAS_DAY),
                        entry(2026, 12, 26, PublicHoliday.BOXING_DAY));
    }

    @Test
    @DisplayName("X-4: 2025 is a lustrum year: Liberation Day counts; King's Day moves to Saturday 26 April")
    void listsTheHolidaysOf2025() {
        assertThat(holidays.in(2025))
                .containsExactly(
                        entry(2025, 1, 1, PublicHoliday.NEW_YEARS_DAY),
                        entry(2025, 4, 20, PublicHoliday.EASTER_SUNDAY),
                        entry(2025, 4, 21, PublicHoliday.EASTER_MONDAY),
                        entry(2025, 4, 26, PublicHoliday.KINGS_DAY),
                        entry(2025, 5, 5, PublicHoliday.LIBERATION_DAY),
                        entry(2025, 5, 29, PublicHoliday.ASCENSION_DAY),
                        entry(2025, 6, 8, PublicHoliday.WHIT_SUNDAY),
                        entry(2025, 6, 9, PublicHoliday.WHIT_MONDAY),
                        entry(2025, 12, 25, PublicHoliday.CHRISTMAS_DAY),
                        entry(2025, 12, 26, PublicHoliday.BOXING_DAY));
    }

    @Test
    @DisplayName("X-4: Jollyday itself counts 5 May every year and lists Good Friday; EenPlan's policy decides")
    void jollydayListsMoreThanTheDefaultPolicyCounts() {
        assertThat(holidays.jollydayKeysIn(2026))
                .containsEntry(LocalDate.of(2026, 5, 5), "LIBERATION")
                .containsEntry(LocalDate.of(2026, 4, 3), "christian.GOOD_FRIDAY");
        assertThat(holidays.on(LocalDate.of(2026, 5, 5))).isEmpty();
        assertThat(holidays.on(LocalDate.of(2026, 4, 3))).isEmpty();
    }

    @Test
    void knowsEveryNetherlandsHolidayOfJollyday() {
        var unknown = IntStream.rangeClosed(1990, 2060)
                .boxed()
                .flatMap(year -> holidays.jollydayKeysIn(year).values().stream())
                .filter(key -> PublicHoliday.ofJollydayKey(key).isEmpty())
                .distinct()
                .toList();

        assertThat(unknown)
                .as("a newer Jollyday knows holidays EenPlan does not: add them to PublicHoliday and docs/calendar.md")
                .isEmpty();
    }

    @Test
    void givesManyThreadsTheSameHolidays() throws Exception {
        var fresh = new DutchHolidays(HolidayPolicy.DEFAULT);
        var tasks = new ArrayList<Callable<Object>>();
        for (int i = 0; i < 200; i++) {
            var year = 2020 + i % 10;
            tasks.add(() -> fresh.in(year));
        }
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var result : executor.invokeAll(tasks)) {
                assertThat(result).isNotNull();
            }
        }

        for (int year = 2020; year < 2030; year++) {
            assertThat(fresh.in(year)).isSameAs(fresh.in(year)).isEqualTo(holidays.in(year));
        }
    }

    private static Map.Entry<LocalDate, PublicHoliday> entry(int year, int month, int day, PublicHoliday holiday) {
        return Map.entry(LocalDate.of(year, month, day), holiday);
    }
}
