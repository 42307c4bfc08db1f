package nl.eenplan.demo;

import java.time.Clock;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.organisation.OrganisationDirectory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "eenplan.demo", havingValue = "true")
class DemoConfiguration {

    @Bean
    DemoData demoData(
            AccountDirectory accounts, OrganisationDirectory organisations, HouseholdRegister households, Clock clock) {
        return new DemoData(accounts, organisations, households, clock);
    }

    /** Only into an empty database: a restart never adds a second demo. */
    @Bean
    ApplicationRunner demoOnFirstStart(DemoData demo, AccountDirectory accounts) {
        return args -> {
            if (accounts.all().isEmpty()) {
                DemoData.print(demo.create(), System.out);
            }
        };
    }
}
