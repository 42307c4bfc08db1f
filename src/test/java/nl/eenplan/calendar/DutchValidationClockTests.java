package nl.eenplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A date checked by Bean Validation is past, present or future by the date in the Netherlands. */
class DutchValidationClockTests {

    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);

    record Done(@PastOrPresent LocalDate on) {}

    @Test
    @DisplayName("IMP-5: at 23:30 UTC on 31 December it is 1 January in Amsterdam, so that date is not in the future")
    void newYearInAmsterdamIsToday() {
        var validator = validatorAt("2026-12-31T23:30:00Z");

        assertThat(validator.validate(new Done(NEW_YEAR))).isEmpty();
        assertThat(validator.validate(new Done(NEW_YEAR.plusDays(1)))).hasSize(1);
    }

    @Test
    @DisplayName("IMP-5: at 22:30 UTC on 31 December it is still 31 December in Amsterdam")
    void beforeMidnightInAmsterdamNewYearIsTomorrow() {
        var validator = validatorAt("2026-12-31T22:30:00Z");

        assertThat(validator.validate(new Done(NEW_YEAR.minusDays(1)))).isEmpty();
        assertThat(validator.validate(new Done(NEW_YEAR))).hasSize(1);
    }

    private static Validator validatorAt(String instant) {
        var clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        var configuration = Validation.byDefaultProvider().configure();
        configuration.messageInterpolator(new ParameterMessageInterpolator());
        new DutchValidationClock().dutchTimeForValidation(clock).customize(configuration);
        return configuration.buildValidatorFactory().getValidator();
    }
}
