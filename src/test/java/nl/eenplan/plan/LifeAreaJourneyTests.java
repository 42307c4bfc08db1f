package nl.eenplan.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PL-4: tab 4 in a real browser at 1280 and 390 px, with axe. */
class LifeAreaJourneyTests extends PlanPageTest {

    @Test
    @DisplayName("PL-4: the mother records a concern, assesses twice, sees the chart and the warning on tab 2")
    void lifeAreasAndAssessments() {
        var sanne = citizen("Sanne " + familyName);
        team.linkAccount(mother().id(), sanne.id());
        goal("Sanne vindt werk");

        try (var context = Browser.desktop()) {
            var page = context.newPage();
            logIn(page, sanne);
            page.navigate(baseUrl() + plan() + "/life-areas");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("4. Leefgebieden")))
                    .hasAttribute("aria-current", "page");
            assertAccessible(page);

            page.locator("#area-INCOME-concerns").fill("Achterstand bij de energie");
            page.locator("#area-INCOME-householdView").fill("Het valt wel mee");
            page.locator("form[action$='/life-areas/INCOME'] button").click();
            assertThat(page.getByText("Het leefgebied is opgeslagen.")).isVisible();
            assertThat(page.getByText("Zorgen zonder doel")).isVisible();

            assess(page, "2020-01-15", "2");
            assess(page, "2020-03-15", "4");
            assertThat(page.locator("svg[role=img]")).hasCount(1);
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("15-03-2020");
            assertAccessible(page);

            page.navigate(baseUrl() + plan());
            assertThat(page.getByText("Zorgen zonder doel")).not().isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2. Doelen en afspraken"))
                    .click();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2. Doelen en afspraken")))
                    .hasAttribute("aria-current", "page");
            assertThat(page.getByText("Zorgen zonder doel")).isVisible();
            assertAccessible(page);
        }

        try (var context = Browser.phone()) {
            var page = context.newPage();
            logIn(page, sanne);
            page.navigate(baseUrl() + plan() + "/life-areas");
            assertThat(page.locator("svg[role=img]")).isVisible();
            page.locator("#goal-"
                            + jdbc.sql("select g.id from goal g join plan p on p.id = g.plan_id"
                                            + " where p.household_id = ?")
                                    .param(household)
                                    .query(java.util.UUID.class)
                                    .single()
                            + "-INCOME")
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leefgebieden van dit doel opslaan"))
                    .click();
            assertThat(page.getByText("De leefgebieden van het doel zijn opgeslagen."))
                    .isVisible();
            assertThat(page.getByText("Zorgen zonder doel")).not().isVisible();
            assertAccessible(page);
        }
    }

    private static void assess(Page page, String on, String finances) {
        page.getByLabel("Datum van de beoordeling").fill(on);
        page.getByLabel("Financiën").selectOption(finances);
        page.getByLabel("Huisvesting").selectOption("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beoordeling opslaan"))
                .click();
        assertThat(page.getByText("De beoordeling is opgeslagen.")).isVisible();
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
