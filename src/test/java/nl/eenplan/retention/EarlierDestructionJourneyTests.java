package nl.eenplan.retention;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.MainMenu;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * earlier destruction in a real browser with axe: Lisa (12) asks at 1280 px from the household's
 * page; Hanna, the coordinator, grants it at 390 px after the plan is closed, confirms, and lands on
 * the page that says the file is destroyed.
 */
class EarlierDestructionJourneyTests extends DestructionFamily {

    @Test
    @DisplayName(
            "X-6: a youth of 12 asks for earlier destruction; the coordinator grants it on a phone and the file is gone")
    void askedAndGranted() {
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            logIn(page, lisa);
            page.navigate(baseUrl() + "/households/" + household + "/household");
            link(page, "Gegevens eerder laten vernietigen").click();
            assertThat(page.getByText("vernietigen kan niet ongedaan worden gemaakt", new Page.GetByTextOptions()))
                    .isVisible();
            assertAccessible(page);
            button(page, "Verzoek versturen").click();
            assertThat(page.getByText("Schrijf op waarom u dit vraagt.").first())
                    .isVisible();
            assertAccessible(page);
            page.getByLabel("Waarom wilt u dit?").fill("Ik wil niet dat dit over mij bewaard blijft");
            button(page, "Verzoek versturen").click();
            assertThat(page.getByText("Uw verzoek is verstuurd. De regisseur besluit erover."))
                    .isVisible();
            assertThat(page.getByText("De regisseur heeft nog niet besloten.")).isVisible();
            assertAccessible(page);
        }

        closePlan();
        try (var context = Browser.phone()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), hanna.email(), PASSWORD, hanna.displayName());
            assertThat(MainMenu.link(page, "Mijn gezinnen")).isVisible();
            page.navigate(baseUrl() + "/households/" + household + "/household");
            link(page, "Gegevens eerder laten vernietigen").click();
            assertThat(page.getByText("Ik wil niet dat dit over mij bewaard blijft"))
                    .isVisible();
            assertAccessible(page);
            page.getByLabel("Toestaan: de gegevens van het gezin worden vernietigd")
                    .check();
            page.getByLabel("Waarom besluit u dit?").fill("Niemand in het gezin heeft het dossier nog nodig");
            button(page, "Besluit vastleggen").click();
            assertThat(page.getByText("Dit kan niet ongedaan worden gemaakt.", new Page.GetByTextOptions()))
                    .isVisible();
            assertAccessible(page);
            button(page, "Ja, toestaan en vernietigen").click();
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("De gegevens zijn vernietigd")))
                    .isVisible();
            assertAccessible(page);
        }
        org.assertj.core.api.Assertions.assertThat(households.find(household)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(records.of(household)).isPresent();
    }

    private void logIn(Page page, AccountPrincipal person) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mailadres").fill(person.email());
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        button(page, "Inloggen").click();
        // Logged in: the start page or, for a member of one household, straight to the plan.
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")))
                .isVisible();
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static com.microsoft.playwright.Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }
}
