package nl.eenplan.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import nl.eenplan.testing.Keycloak;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An identity provider that is down, at startup and at login: EenPlan starts (this class's context
 * did), its own accounts log in, and the provider's button leads to a page that says so in words.
 */
class ProviderDownTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AccountDirectory directory;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("eenplan.oidc.issuer", () -> "http://127.0.0.1:" + Keycloak.freePort() + "/realms/weg");
        registry.add("eenplan.oidc.client-id", () -> "eenplan");
        registry.add("eenplan.oidc.client-secret", () -> "geheim");
    }

    @Test
    @DisplayName("X-1: with the provider down the button gives a page in words, and a password still logs in")
    void theButtonExplainsAndThePasswordStillWorks() {
        var email = uniqueEmail("burger");
        directory.createActive(email, "Bea Burger", AccountKind.CITIZEN, PASSWORD);
        try (var context = Browser.phone()) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            assertAccessible(page);
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Inloggen met het account van uw organisatie"))
                    .click();
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Inloggen via uw organisatie lukt nu niet")))
                    .isVisible();
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar inloggen"))
                    .click();
            page.getByLabel("E-mailadres").fill(email);
            page.getByLabel("Wachtwoord").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welkom, Bea Burger")))
                    .isVisible();
        }
    }

    @Test
    void noServerErrorOnTheProvidersAddresses() throws Exception {
        mvc.perform(get("/oauth2/authorization/oidc")).andExpect(redirectedUrl("/login/provider?reason=unavailable"));
        mvc.perform(get("/login/oauth2/code/oidc").param("code", "x").param("state", "y"))
                .andExpect(redirectedUrl("/login/provider?reason=unavailable"));
        mvc.perform(get("/login/provider").param("reason", "unavailable"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(Matchers.containsString("lukt nu niet")));
        mvc.perform(get("/login/provider").param("reason", "<script>"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))));
    }

    @Test
    void theLogoutFormMayLeadToTheProvider() throws Exception {
        var policy = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).contains("form-action 'self' http://127.0.0.1:");
    }
}
