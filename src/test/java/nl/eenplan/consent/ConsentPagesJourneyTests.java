package nl.eenplan.consent;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The professionals' consent pages in a real browser, each checked against WCAG 2.1 AA. */
class ConsentPagesJourneyTests extends ConsentTest {

    @Test
    @DisplayName("C-1, C-2, C-3, C-5, C-6: a professional records oral consent, a decision and a signal")
    void aProfessionalRecordsConsentADecisionAndASignal() throws Exception {
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), hanna.email(), PASSWORD, hanna.displayName());
            page.navigate(baseUrl() + "/households/" + household + "/consents");
            assertThat(heading(page, "Toestemming: Gezin De " + familyName)).isVisible();
            assertAccessible(page);

            link(page, "Toestemming vastleggen").click();
            button(page, "Toestemming vastleggen").click();
            assertThat(page.locator("#purpose-error")).isVisible();
            assertAccessible(page);

            page.getByLabel("Over wie gaat de informatie?").selectOption(sara.toString());
            page.getByLabel("Waarvoor wordt de informatie gedeeld?").fill("Hulp op school afstemmen");
            page.getByLabel("Het plan").check();
            page.getByLabel("Iedereen van " + youthCare.name()).check();
            page.getByLabel("Sanne " + familyName).check();
            page.getByLabel("Mark " + familyName).check();
            page.getByLabel("Mondeling, omdat het dringend is.", new Page.GetByLabelOptions().setExact(false))
                    .check();
            button(page, "Toestemming vastleggen").click();
            assertThat(page.getByText(
                            "Deze mensen geven geen toestemming voor Sara " + familyName,
                            new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertAccessible(page);
            page.getByLabel("Mark " + familyName).uncheck();
            button(page, "Toestemming vastleggen").click();
            assertThat(page.getByText("De toestemming is vastgelegd.")).isVisible();
            assertThat(heading(page, "Schriftelijke toestemming nog nodig")).isVisible();
            assertAccessible(page);

            link(page, "Delen zonder toestemming vastleggen").click();
            button(page, "Besluit vastleggen").click();
            assertThat(page.locator("#goal-error")).isVisible();
            assertAccessible(page);
            page.navigate(baseUrl() + "/households/" + household + "/consents/signals/new");
            assertAccessible(page);
            page.getByLabel("Over wie gaat het?").selectOption(tim.toString());
            page.getByLabel("Gemeld in de Verwijsindex").check();
            button(page, "Signaal vastleggen").click();
            assertThat(page.getByText("Het signaal is vastgelegd.")).isVisible();
            assertAccessible(page);
        }
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
