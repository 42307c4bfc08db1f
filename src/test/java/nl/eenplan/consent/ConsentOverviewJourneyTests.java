package nl.eenplan.consent;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.testing.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The household's overview of consent on a phone, checked against WCAG 2.1 AA. */
class ConsentOverviewJourneyTests extends ConsentTest {

    @Test
    @DisplayName("X-2, X-5, C-1: the mother reads who may see what on her phone and withdraws her consent for Sara")
    void theMotherWithdrawsOnHerPhone() {
        registry.give(household, hanna.id(), saraForHanna(ConsentManner.WRITTEN));

        try (var context = Browser.phone()) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            page.getByLabel("E-mailadres").fill(sanneAccount.email());
            page.getByLabel("Wachtwoord").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                    .click();
            page.navigate(baseUrl() + "/households/" + household + "/consents");

            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wie mag wat zien over wie")))
                    .isVisible();
            assertThat(page.getByText("Hulp van school en jeugdzorg afstemmen")).isVisible();
            assertThat(fitsTheScreen(page))
                    .as("no sideways scrolling at 390 px")
                    .isTrue();
            assertAccessible(page);

            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Toestemming intrekken: Hulp van school en jeugdzorg afstemmen"))
                    .click();

            assertThat(page.getByText("De toestemming is ingetrokken.")).isVisible();
            assertThat(page.getByText("Er is geen toestemming om informatie over Sara " + familyName + " te delen."))
                    .isVisible();
            assertThat(fitsTheScreen(page)).isTrue();
            assertAccessible(page);
        }
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
