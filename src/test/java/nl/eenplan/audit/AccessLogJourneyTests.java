package nl.eenplan.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The access-log pages in a real browser, each checked against WCAG 2.1 AA. */
class AccessLogJourneyTests extends AuditTest {

    @Test
    @DisplayName("X-1, X-2: the mother opens the access log from the plan on her phone")
    void theMotherReadsTheLogOnHerPhone() {
        hannaReadsThePlan();
        accessAbout(hanna, "TEAM_READ", "Sara");

        try (var context = Browser.phone()) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            page.getByLabel("E-mailadres").fill(sanne.email());
            page.getByLabel("Wachtwoord").fill(PASSWORD);
            button(page, "Inloggen").click();
            page.navigate(baseUrl() + "/households/" + household + "/plan");
            link(page, "Wie heeft het plan bekeken? En uw gegevens downloaden").click();

            assertThat(heading(page, "Wie heeft het plan van Gezin " + familyName + " bekeken?"))
                    .isVisible();
            // The team read about Sara, and the consent about her given when the family was registered.
            assertThat(page.getByText("Over Sara " + familyName).first()).isVisible();
            assertThat(link(page, "Gegevens van Sara " + familyName + " als PDF"))
                    .isVisible();
            assertAccessible(page);
        }
    }

    @Test
    @DisplayName("X-1, X-2: an administrator finds a household and checks the chain")
    void anAdministratorUsesTheAccessLogPage() throws Exception {
        var admin = administrator();
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), admin.email(), PASSWORD, admin.displayName());
            link(page, "Toegangslog").click();
            assertAccessible(page);

            page.getByLabel("Naam van het gezin").fill(familyName);
            button(page, "Zoeken").click();
            assertThat(link(page, "Log van Gezin " + familyName + " als CSV")).isVisible();
            assertAccessible(page);

            button(page, "Log nu controleren").click();
            assertThat(page.getByText("Het log is in orde.")).isVisible();
            assertAccessible(page);
        }
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
