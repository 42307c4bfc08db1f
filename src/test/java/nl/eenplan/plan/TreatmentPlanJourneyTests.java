package nl.eenplan.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PL-7: treatment plans linked to goals, in a real browser at 1280 and 390 px, with axe. */
class TreatmentPlanJourneyTests extends PlanPageTest {

    @Test
    @DisplayName("PL-7: the professional links her treatment plan to a goal, is told a web address is no"
            + " reference, sees it under the goal on tab 2, changes it and ends it; the household ends it on a phone")
    void linkingATreatmentPlan() {
        var sanne = citizen("Sanne " + familyName);
        team.linkAccount(mother().id(), sanne.id());
        goal("Sanne voelt zich rustiger");
        goal("Michael gaat weer naar school");

        try (var context = Browser.desktop()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), hanna.email(), PASSWORD, hanna.displayName());
            page.navigate(baseUrl() + plan());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2. Doelen en afspraken"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Behandelplannen")))
                    .isVisible();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Alle behandelplannen bekijken, toevoegen of veranderen"))
                    .click();
            assertThat(page.getByText("Schrijf hier nooit wat er in het behandelplan staat."))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2. Doelen en afspraken")))
                    .hasAttribute("aria-current", "page");
            assertAccessible(page);

            page.getByLabel("Hulpverlener")
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Hanna Hulp"));
            page.getByLabel("Naam van het behandelplan").fill("Behandelplan GGZ");
            page.getByLabel("Kenmerk bij de organisatie (mag leeg blijven)").fill("https://ggz.example/42");
            page.getByLabel("Sanne voelt zich rustiger").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Behandelplan toevoegen"))
                    .click();
            assertThat(page.locator("#reference-error")).containsText("geen link");
            assertThat(page.locator("#householdAgreed-error")).not().isVisible();
            assertAccessible(page);

            page.getByLabel("Kenmerk bij de organisatie (mag leeg blijven)").fill("GGZ-2026/0042");
            page.getByLabel("Het gezin vindt het goed dat dit behandelplan in het plan staat.")
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Behandelplan toevoegen"))
                    .click();
            assertThat(page.getByText("Het behandelplan staat nu bij het plan."))
                    .isVisible();
            assertThat(page.getByText("Hoort bij de doelen: Sanne voelt zich rustiger"))
                    .isVisible();
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de doelen (tab 2)"))
                    .click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/plan/approach#behandelplannen$"));
            assertThat(page.getByText("Hierbij hoort het behandelplan Behandelplan GGZ van Hanna Hulp ("
                            + provider.name() + ")."))
                    .isVisible();
            assertAccessible(page);

            page.navigate(baseUrl() + plan() + "/treatment-plans");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Behandelplan Behandelplan GGZ veranderen of beëindigen"))
                    .click();
            page.getByLabel("Michael gaat weer naar school").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                    .click();
            assertThat(page.getByText("Het behandelplan is veranderd.")).isVisible();
            assertThat(page.getByText("Hoort bij de doelen: Sanne voelt zich rustiger; Michael gaat weer naar school"))
                    .isVisible();
        }

        // The household, who may change the plan too, ends it on a phone when the treatment is over.
        try (var context = Browser.phone()) {
            var page = context.newPage();
            logIn(page, sanne);
            page.navigate(baseUrl() + plan() + "/treatment-plans");
            assertAccessible(page);
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Behandelplan Behandelplan GGZ veranderen of beëindigen"))
                    .click();
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Behandelplan beëindigen"))
                    .click();
            assertThat(page.getByText("Het behandelplan is beëindigd.", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Behandelplannen die klaar zijn")))
                    .isVisible();
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
