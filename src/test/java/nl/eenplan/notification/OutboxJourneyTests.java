package nl.eenplan.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import nl.eenplan.testing.StaffLogin;
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
            StaffLogin.firstLogin(page, baseUrl(), admin.email(), PASSWORD, admin.displayName());
            link(page, "Verstuurde e-mail").click();
            assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Bijlagen")))
                    .isVisible();
            assertAccessible(page);

            link(page, subject).click();
            assertThat(link(page, "ronde-tafel.ics downloaden")).isVisible();
            assertAccessible(page);
        }
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
