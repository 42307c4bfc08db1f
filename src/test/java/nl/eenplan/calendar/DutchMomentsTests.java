package nl.eenplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** one format for dates and moments, always in Dutch time, whatever the zone of the value. */
class DutchMomentsTests {

    private static final DutchMoments DUTCH = DutchMoments.in(Locale.forLanguageTag("nl"));

    @Test
    @DisplayName("X-4: a moment in winter is shown one hour after UTC, in summer two")
    void winterAndSummerTime() {
        assertThat(DUTCH.dateTime(Instant.parse("2026-12-04T16:15:00Z"))).isEqualTo("4 december 2026, 17:15");
        assertThat(DUTCH.dateTime(Instant.parse("2026-07-01T08:05:00Z"))).isEqualTo("1 juli 2026, 10:05");
        assertThat(DUTCH.time(OffsetDateTime.of(2026, 7, 1, 8, 5, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("10:05");
    }

    @Test
    @DisplayName("X-4: late in the evening in UTC is already the next day in the Netherlands")
    void theDayIsTheDutchDay() {
        var lateEvening = Instant.parse("2026-12-31T23:30:00Z");
        assertThat(DUTCH.date(lateEvening)).isEqualTo("1 januari 2027");
        assertThat(DUTCH.day(lateEvening)).isEqualTo("vrijdag 1 januari 2027");
        assertThat(DutchMoments.dutchDate(lateEvening)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    @DisplayName("X-2: dates show as words, a local moment as it is, and nothing as an empty text")
    void plainValues() {
        assertThat(DUTCH.date(LocalDate.of(2026, 3, 9))).isEqualTo("9 maart 2026");
        assertThat(DUTCH.dateTime(LocalDate.of(2026, 3, 9))).isEqualTo("9 maart 2026");
        assertThat(DUTCH.dateTime(LocalDateTime.of(2026, 3, 9, 9, 0))).isEqualTo("9 maart 2026, 09:00");
        assertThat(DUTCH.time(LocalTime.of(14, 30))).isEqualTo("14:30");
        assertThat(DUTCH.date(null)).isEmpty();
        assertThat(DutchMoments.in(Locale.ENGLISH).date(LocalDate.of(2026, 3, 9)))
                .isEqualTo("9 March 2026");
    }
}
