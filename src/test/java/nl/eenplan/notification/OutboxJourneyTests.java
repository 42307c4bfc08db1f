package nl.eenplan.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The outbox with attachments in a real browser, checked against WCAG 2.1 AA. */
class OutboxJourneyTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    Mailer mailer;

    @Autowired
    AccountDirectory accounts;

    @Test
    void anAdministratorSeesTheAttachmentsOfAMail() throws Exception {
        var subject = "Uitnodiging met bijlage " + uniqueEmail("x");
        mailer.send(new OutgoingMail(
                uniqueEmail("bijlage"),
                subject,
                "Tekst",
                List.of(Attachment.calendar("ronde-tafel.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "REQUEST"))));
        var admin = accounts.createActive(uniqueEmail("beheer"), "Bram Beheer", AccountKind.ADMINISTRATOR, PASSWORD);

        try (var context = Browser.desktop()) {
            var page = context.newPage();
            logInWithSecondFactor(page, admin.email());
            link(page, "Verstuurde e-mail").click();
            assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Bijlagen")))
                    .isVisible();
            assertAccessible(page);

            link(page, subject).click();
            assertThat(link(page, "ronde-tafel.ics downloaden")).isVisible();
            assertAccessible(page);
        }
    }

    private void logInWithSecondFactor(Page page, String email) throws Exception {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        button(page, "Inloggen").click();
        var secret = page.locator("#secret").textContent().replace(" ", "");
        var totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
        var key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
        page.getByLabel("Code").fill("%06d".formatted(totp.generateOneTimePassword(key, Instant.now())));
        button(page, "App koppelen").click();
        link(page, "Ik heb de codes bewaard").click();
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
