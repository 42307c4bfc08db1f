package nl.eenplan.calendar;

import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation's {@code @Past}, {@code @PastOrPresent}, {@code @Future} and {@code @FutureOrPresent}
 * ask EenPlan's clock in Dutch time: on its own, the validator asks the server's clock in the server's
 * zone (UTC), so that just after midnight in the Netherlands today's date would count as tomorrow.
 */
@Configuration(proxyBeanMethods = false)
class DutchValidationClock {

    @Bean
    ValidationConfigurationCustomizer dutchTimeForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(DutchTime.ZONE));
    }
}
