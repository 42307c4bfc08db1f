package nl.eenplan.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** H-4: a new plan after closing, and the earlier plan read back, in a real browser at 1280 and 390 px, with axe. */
class NewPlanAfterClosingJourneyTests extends PlanPageTest {

    @Test
    @DisplayName("H-4, R-7: the mother closes the plan, starts a new one, and reads the earlier plan's version and PDF")
    void aNewPlanAfterClosing() {
        var sanne = citizen("Sanne " + familyName);
        team.linkAccount(mother().id(), sanne.id());
        hannaCoordinates();
        action(goal("Sara gaat elke dag naar school"), "Wekker en ontbijtplan maken", mother());
        establish();

        try (var context = Browser.desktop()) {
            var page = context.newPage();
            logIn(page, sanne);
            page.navigate(baseUrl() + plan() + "/close");
            page.getByLabel("De hulp is overgedragen aan anderen.").check();
            page.getByLabel("Ik weet zeker dat het plan stopt.").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan afsluiten"))
                    .click();
            assertThat(page.getByText("Het plan is afgesloten.")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Een nieuw plan")))
                    .isVisible();
            assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuw plan beginnen"))
                    .click();
            assertThat(page.getByText("Het nieuwe plan is begonnen.")).isVisible();
            assertThat(page.getByText("Wekker en ontbijtplan maken")).not().isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuw plan beginnen")))
                    .not()
                    .isVisible();
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Eerdere plannen"))
                    .click();
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Eerdere plannen van Gezin " + familyName)))
                    .isVisible();
            assertThat(page.getByText("Waarom gestopt: De hulp is overgedragen aan anderen."))
                    .isVisible();
            assertAccessible(page);

            var pdf = page.waitForDownload(() -> page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName(Pattern.compile("^Download als PDF: versie 1 van het plan van ")))
                    .first()
                    .click());
            org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("eerder-plan-versie-1.pdf");

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Versie 1").setExact(true))
                    .click();
            assertThat(page.getByText("Wekker en ontbijtplan maken")).isVisible();
            assertThat(page.getByText("Deze versie kunt u alleen lezen.", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Versie rondsturen")))
                    .not()
                    .isVisible();
            assertAccessible(page);
        }

        try (var context = Browser.phone()) {
            var page = context.newPage();
            logIn(page, sanne);
            page.navigate(baseUrl() + plan() + "/earlier");
            assertThat(page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Versie 1").setExact(true)))
                    .isVisible();
            assertAccessible(page);
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Versie 1").setExact(true))
                    .click();
            assertThat(page.getByText("Sara gaat elke dag naar school")).isVisible();
            assertAccessible(page);
        }
    }

    private void logIn(Page page, AccountPrincipal person) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mailadres").fill(person.email());
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        assertThat(page.locator(".ep-user")).containsText(person.displayName());
    }
}
