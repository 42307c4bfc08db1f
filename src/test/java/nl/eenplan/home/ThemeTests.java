package nl.eenplan.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A municipality's own look by configuration: its name, logo and colours as NL Design System tokens in
 * a stylesheet of EenPlan's own (the Content-Security-Policy stays strict), and its contact details.
 */
@TestPropertySource(
        properties = {
            "eenplan.site.name=Gemeente Rivierstad",
            "eenplan.site.logo=classpath:theme/logo.svg",
            "eenplan.site.primary-color=#c00000",
            "eenplan.site.primary-text-color=#ffffff",
            "eenplan.site.link-color=#8a0000",
            "eenplan.site.contact-phone=14 0123",
            "eenplan.site.contact-email=eenplan@rivierstad.example"
        })
class ThemeTests extends EenPlanTest {

    @Test
    void theMunicipalitysColoursAreDesignTokensInAStylesheetOfItsOwn() throws Exception {
        mvc.perform(get("/theme/theme.css"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/css")))
                .andExpect(content()
                        .string(Matchers.containsString("--utrecht-button-primary-action-background-color: #c00000;")))
                .andExpect(content().string(Matchers.containsString("--utrecht-link-color: #8a0000;")));
        mvc.perform(get("/theme/logo"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("image/svg+xml")));
    }

    @Test
    void theLoginPageShowsTheMunicipalitysNameLogoColoursAndContact() {
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            assertThat(page.locator(".ep-brand")).containsText("Gemeente Rivierstad");
            assertThat(page.getByRole(
                            AriaRole.IMG, new Page.GetByRoleOptions().setName("Logo van Gemeente Rivierstad")))
                    .isVisible();
            var button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"));
            assertThat(button.evaluate("b => getComputedStyle(b).backgroundColor"))
                    .isEqualTo("rgb(192, 0, 0)");
            assertThat(page.locator("footer")).containsText("Vragen? Bel 14 0123.");
            assertAccessible(page);

            page.navigate(baseUrl() + "/about/contact");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("eenplan@rivierstad.example")))
                    .hasAttribute("href", "mailto:eenplan@rivierstad.example");
            assertAccessible(page);
        }
    }

    @Test
    void aColourThatIsNoColourIsRefusedSoConfigurationCannotInjectCss() {
        assertThatThrownBy(
                        () -> new Site(null, null, "red; } body { display: none", null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("primary-color");
    }

    @Test
    void withoutConfigurationTheNeutralThemeStays() {
        var neutral = new Site(null, null, null, null, null, null, null, null, null);
        assertThat(neutral.themed()).isFalse();
        assertThat(neutral.tokens()).isEmpty();
    }
}
