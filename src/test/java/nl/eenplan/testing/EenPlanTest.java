package nl.eenplan.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests that need the running application: one Spring context for the whole suite, on
 * its own embedded PostgreSQL (deleted afterwards) and with a real SMTP server (GreenMail).
 * Each test makes its own data, with unique e-mail addresses, so tests never depend on each other.
 */
@AutoConfigureMockMvc
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "eenplan.demo=false",
            "eenplan.embedded-db.clean-on-stop=true",
            "eenplan.embedded-db.data-dir=target/test-postgres/${random.uuid}",
            "logging.structured.format.console=",
            "spring.thymeleaf.cache=true"
        })
public abstract class EenPlanTest {

    protected static final GreenMail SMTP = startSmtp();

    /** The address links in mail start with; tests swap it for the random port of the test server. */
    protected static final String MAIL_BASE_URL = "https://eenplan.test";

    @LocalServerPort
    protected int port;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    private ConsentFixtures consentFixtures;

    private static GreenMail startSmtp() {
        var greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        return greenMail;
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("eenplan.base-url", () -> MAIL_BASE_URL);
    }

    /**
     * C-1: shares the whole plan about every member of the household with these professionals of its
     * team, through the consent registry, so they see it; see {@link ConsentFixtures#shareWholePlanWith}.
     */
    protected List<UUID> shareWholePlanWith(UUID householdId, UUID... professionalAccountIds) {
        return consentFixtures.shareWholePlanWith(householdId, professionalAccountIds);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    /** Waits up to ten seconds for a mail to this address and returns it. */
    protected static MimeMessage awaitMailTo(String recipient) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            var found = Arrays.stream(SMTP.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return Arrays.stream(m.getAllRecipients())
                                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                        } catch (Exception e) {
                            return false;
                        }
                    })
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + recipient + " within ten seconds");
    }

    /** The first link in a mail body to this application, rewritten to the test server. */
    protected String linkIn(String body) {
        var matcher = Pattern.compile(Pattern.quote(MAIL_BASE_URL) + "(/\\S+)").matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no EenPlan link in mail: " + body);
        }
        return baseUrl() + matcher.group(1);
    }
}
