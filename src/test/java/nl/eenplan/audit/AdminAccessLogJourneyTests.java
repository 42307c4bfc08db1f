package nl.eenplan.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The administrator's access-log page in a real browser, on a phone. */
class AdminAccessLogJourneyTests extends AuditTest {

    @Test
    @DisplayName("X-1, X-6: an administrator finds a household and checks the chain; the page meets WCAG 2.1 AA")
    void anAdministratorFindsAHouseholdAndChecksTheChain() throws Exception {
        hannaReadsThePlan();
        var admin = administrator();
        try (var context = Browser.phone()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), admin.email(), PASSWORD, admin.displayName());
            page.navigate(baseUrl() + "/admin/access-log");
            assertAccessible(page);

            page.getByLabel("Naam van het gezin").fill(familyName);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                    .click();
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Gezin " + familyName);
            assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log nu controleren"))
                    .click();
            assertThat(page.getByText("Het log is in orde.")).isVisible();
            assertAccessible(page);
        }
    }
}
