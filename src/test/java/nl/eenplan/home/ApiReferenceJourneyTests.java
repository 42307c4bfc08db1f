package nl.eenplan.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The API described as a page, made by EenPlan from its OpenAPI document: readable without logging
 * in, at 1280 and 390 px, accessible, with nothing loaded from elsewhere and no script.
 */
@DisplayName("Anyone reads the API's description as a page, without outside resources")
class ApiReferenceJourneyTests extends EenPlanTest {

    @Test
    @DisplayName("at 1280 px")
    void onADesktop() {
        readTheApiReference(Browser::desktop);
    }

    @Test
    @DisplayName("at 390 px")
    void onAPhone() {
        readTheApiReference(Browser::phone);
    }

    private void readTheApiReference(Supplier<BrowserContext> browser) {
        try (var context = browser.get()) {
            var page = context.newPage();
            var requested = new ArrayList<String>();
            var blocked = new ArrayList<String>();
            page.onRequest(request -> requested.add(request.url()));
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    blocked.add(message.text());
                }
            });

            var response = page.navigate(baseUrl() + "/api/docs");
            assertThat(response.status()).isEqualTo(200);
            var policy = response.headers().get("content-security-policy");
            assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("De API van EenPlan")))
                    .isVisible();
            assertAccessible(page);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("GET /api/v1/households/{householdId}/plan")
                                    .setExact(true))
                    .click();
            assertThat(page).hasURL(Pattern.compile("#get-api-v1-households-householdid-plan$"));
            var plan = page.locator("#get-api-v1-households-householdid-plan").locator("xpath=..");
            assertThat(plan.getByRole(
                            AriaRole.TABLE,
                            new Locator.GetByRoleOptions().setName(Pattern.compile("^Mogelijke antwoorden"))))
                    .isVisible();
            assertThat(plan.getByText("ETag").first()).isVisible();
            assertThat(plan.getByText("application/problem+json").first()).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Problem")))
                    .isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("/api/v1/openapi.json"))
                    .click();
            assertThat(page.content()).contains("\"openapi\"");

            assertThat(requested).allMatch(url -> url.startsWith(baseUrl()), "only EenPlan's own resources");
            assertThat(blocked)
                    .as("nothing blocked by the Content-Security-Policy")
                    .isEmpty();
        }
    }
}
