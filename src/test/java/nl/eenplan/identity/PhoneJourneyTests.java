package nl.eenplan.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import nl.eenplan.testing.MainMenu;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A household member on a 390 px phone, with the keyboard only, in Dutch and in English. */
class PhoneJourneyTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AccountDirectory directory;

    @Test
    void aHouseholdMemberLogsInOnAPhoneWithTheKeyboardAndSwitchesToEnglish() {
        var email = uniqueEmail("moeder");
        directory.createActive(email, "Fatima Jansen", AccountKind.CITIZEN, PASSWORD);

        try (var context = Browser.phone()) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            assertAccessible(page);

            page.keyboard().press("Tab");
            assertThat(page.locator(":focus")).hasText("Naar de inhoud");
            tabTo(page, "email");
            page.keyboard().type(email);
            page.keyboard().press("Tab");
            page.keyboard().type(PASSWORD);
            page.keyboard().press("Enter");

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welkom, Fatima Jansen")))
                    .isVisible();
            assertThat(fitsTheScreen(page))
                    .as("no sideways scrolling at 390 px")
                    .isTrue();
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Fatima Jansen")))
                    .isVisible();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertAccessible(page);

            MainMenu.link(page, "My account").click();
            assertThat(fitsTheScreen(page)).isTrue();
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nederlands"))
                    .click();
            assertThat(page.locator("html")).hasAttribute("lang", "nl");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                    .click();
            assertThat(page.getByText("U bent uitgelogd.")).isVisible();
            assertAccessible(page);
        }
    }

    private static void tabTo(Page page, String id) {
        for (int i = 0; i < 15; i++) {
            if (id.equals(page.evaluate("() => document.activeElement.id"))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("the keyboard never reaches #" + id);
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
