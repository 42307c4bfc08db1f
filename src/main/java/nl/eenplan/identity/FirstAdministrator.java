package nl.eenplan.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Without the demo, a new EenPlan has no account at all. With {@code EENPLAN_FIRST_ADMINISTRATOR}
 * set, the first start invites that address as administrator and shows the link once on the console.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountDirectory directory;
    private final String email;

    FirstAdministrator(AccountDirectory directory, @Value("${eenplan.first-administrator:}") String email) {
        this.directory = directory;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        directory
                .inviteFirstAdministrator(email)
                .ifPresent(link -> log.warn(
                        "First administrator {} invited. Open this link once to choose a password: {}", email, link));
    }
}
