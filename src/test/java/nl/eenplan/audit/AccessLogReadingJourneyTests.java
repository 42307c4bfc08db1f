package nl.eenplan.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import nl.eenplan.calendar.DutchMoments;
import nl.eenplan.testing.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * the mother reads her household's access log in a real browser, on a desktop (1280 px) and
 * on her phone (390 px): by day in Dutch time, who did what and why that was allowed, her own visits
 * hidden until she asks for them; each step checked against WCAG 2.1 AA.
 */
class AccessLogReadingJourneyTests extends ReadableHouseholdTest {

    @Test
    @DisplayName("X-1, X-2: the mother reads who did what and why, by day, at 1280 px")
    void onTheDesktop() {
        readTheLog(Browser::desktop, 1280);
    }

    @Test
    @DisplayName("X-1, X-2: the mother reads who did what and why, by day, on her phone at 390 px")
    void onThePhone() {
        readTheLog(Browser::phone, 390);
    }

    private void readTheLog(Supplier<BrowserContext> device, int width) {
        try (var context = device.get()) {
            var page = context.newPage();
            assertThat(page.viewportSize().width).isEqualTo(width);
            page.navigate(baseUrl() + "/login");
            page.getByLabel("E-mailadres").fill(sanne.email());
            page.getByLabel("Wachtwoord").fill(AuditTest.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                    .click();
            page.navigate(baseUrl() + "/households/" + household + "/plan");
            link(page, "Wie heeft het plan bekeken? En uw gegevens downloaden").click();

            var today = DutchMoments.in(Locale.forLanguageTag("nl")).day(Instant.now());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(today)))
                    .isVisible();
            var piet = page.locator("li.ep-log__entry")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Piet Prof"))
                    .first();
            assertThat(piet).containsText(provider.name());
            assertThat(piet).containsText("Heeft het plan bekeken");
            assertThat(piet).containsText("Waarom dit mocht: met uw toestemming");
            assertThat(page.getByText("Uw eigen bezoeken staan niet in deze lijst."))
                    .isVisible();
            assertAccessible(page);

            link(page, "Ook uw eigen bezoeken tonen").click();
            assertThat(page.locator("li.ep-log__entry").first()).containsText("U zelf");
            assertThat(page.locator("li.ep-log__entry").first()).containsText("Heeft deze lijst bekeken");
            assertAccessible(page);

            link(page, "Uw eigen bezoeken verbergen").click();
            assertThat(page.getByText("Uw eigen bezoeken staan niet in deze lijst."))
                    .isVisible();
        }
    }

    private static com.microsoft.playwright.Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
