package nl.eenplan.implementation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A date a provider records (IMP-4, IMP-6) is in the future or not by the date in the Netherlands. */
class RecordedDateTests {

    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);

    @Test
    @DisplayName(
            "IMP-4, IMP-6: at 23:30 UTC on 31 December it is 1 January in Amsterdam, so that date is not in the future")
    void newYearInAmsterdamIsToday() {
        var clock = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);

        assertThatCode(() -> ProviderRecords.refuseFuture(NEW_YEAR, clock)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ProviderRecords.refuseFuture(NEW_YEAR.plusDays(1), clock))
                .isInstanceOf(RequirementsRefused.class)
                .hasFieldOrPropertyWithValue("reason", "requirements.date.future");
    }

    @Test
    @DisplayName("IMP-4, IMP-6: at 22:30 UTC on 31 December it is still 31 December in Amsterdam")
    void beforeMidnightInAmsterdamNewYearIsTomorrow() {
        var clock = Clock.fixed(Instant.parse("2026-12-31T22:30:00Z"), ZoneOffset.UTC);

        assertThatCode(() -> ProviderRecords.refuseFuture(NEW_YEAR.minusDays(1), clock))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ProviderRecords.refuseFuture(NEW_YEAR, clock)).isInstanceOf(RequirementsRefused.class);
    }
}
