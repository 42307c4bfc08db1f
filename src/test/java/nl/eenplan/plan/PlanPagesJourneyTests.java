package nl.eenplan.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.Browser;
import org.junit.jupiter.api.Test;

/** The plan pages in a real browser, each checked against WCAG 2.1 AA. */
class PlanPagesJourneyTests extends PlanPageTest {

    @Test
    void theMotherWorksOnThePlanAndComparesVersionsOnHerPhone() {
        var sanne = citizen("Sanne " + familyName);
        team.linkAccount(mother().id(), sanne.id());
        hannaCoordinates();
        var school = goal("Sara gaat elke dag naar school");
        action(school, "Wekker en ontbijtplan maken", mother());
        action(school, "Gesprek met de mentor");
        establish();
        action(goal("Schulden op een rij"), "Afspraak bij de schuldhulp", mother(), hannaInTeam());
        establish();

        try (var context = Browser.desktop()) {
            var page = context.newPage();
            logIn(page, sanne);
            page.navigate(baseUrl() + plan());
            assertThat(page.getByText("Hanna Hulp heeft de regie.")).isVisible();
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2. Doelen en afspraken"))
                    .click();
            assertThat(page.getByText("Wekker en ontbijtplan maken")).isVisible();
            assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doel toevoegen"))
                    .click();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schrijf het doel op.")))
                    .isVisible();
            assertAccessible(page);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Doel evalueren: Sara gaat elke dag naar school"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Doel evalueren")))
                    .isVisible();
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Evaluatie opslaan"))
                    .click();
            assertThat(page.locator("#evaluation-reached-error")).isVisible();
            assertAccessible(page);

            page.navigate(baseUrl() + plan() + "/versions");
            assertThat(page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Versie 2").setExact(true)))
                    .isVisible();
            assertAccessible(page);

            // closing is its own page with a confirmation; unconfirmed, nothing closes.
            page.navigate(baseUrl() + plan() + "/close");
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Plan afsluiten: Gezin " + familyName)))
                    .isVisible();
            assertAccessible(page);
            page.getByLabel("De hulp is overgedragen aan anderen.").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan afsluiten"))
                    .click();
            assertThat(page.locator("#close-confirmed-error")).isVisible();
            assertAccessible(page);
        }

        try (var context = Browser.phone()) {
            var page = context.newPage();
            logIn(page, sanne);
            page.navigate(baseUrl() + plan() + "/compare?left=1&right=2");
            assertThat(page.getByText("Doel: Schulden op een rij")).isVisible();
            assertAccessible(page);
        }
    }

    private void logIn(Page page, AccountPrincipal person) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mailadres").fill(person.email());
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        // A household member goes straight to her plan, everyone else to the start page.
        assertThat(page.locator(".ep-user")).containsText(person.displayName());
    }
}
