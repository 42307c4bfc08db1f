package nl.eenplan.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.ConsentFixtures;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** PL-6: the safety plan tab in a real browser at 1280 and 390 px, with axe. */
class SafetyPlanJourneyTests extends PlanPageTest {

    @Autowired
    ConsentFixtures consents;

    @Test
    @DisplayName("PL-6, C-2, C-5: without consent for the safety plan Hanna is shown the way to share without"
            + " consent; with it she starts the safety plan, writes it down and evaluates its overdue moment;"
            + " the mother reads it on her phone")
    void theSafetyPlan() {
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), hanna.email(), PASSWORD, hanna.displayName());
            page.navigate(baseUrl() + plan() + "/safety");
            assertThat(page.getByText(
                            "Toestemming voor het plan geldt niet voor het veiligheidsplan.",
                            new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Besluit vastleggen om te delen zonder toestemming")))
                    .isVisible();
            assertAccessible(page);

            consents.share(household, Set.of(InformationCategory.SAFETY_PLAN), hanna.id());
            page.navigate(baseUrl() + plan() + "/safety");
            page.getByLabel("Waarom is de veiligheid in gevaar?").fill("Moeder is bang voor haar ex-partner.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veiligheidsplan beginnen"))
                    .click();
            assertThat(page.getByText("Het veiligheidsplan is begonnen.")).isVisible();
            page.getByLabel("Risico 1: wat kan er misgaan?").fill("Ex-partner staat voor de deur");
            page.getByLabel("Risico 1: voor wie?").fill("Sanne");
            page.getByLabel("Afspraak 1: wat spreken we af?").fill("Sanne doet de deur niet open");
            page.getByLabel("Bellen 1: wanneer?").fill("Als hij toch binnenkomt");
            page.getByLabel("Bellen 1: wie belt u?").fill("Wijkagent");
            page.getByLabel("Bellen 1: telefoonnummer").fill("0900-8844");
            page.getByLabel("Moment 1").fill(today().minusDays(2).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veiligheidsplan opslaan"))
                    .click();
            assertThat(page.getByText("Het veiligheidsplan is opgeslagen.")).isVisible();
            assertThat(page.getByText("Veilig Thuis, 0800-2000 (gratis, dag en nacht)"))
                    .isVisible();
            assertThat(page.getByText("Voorbij, nog niet besproken")).isVisible();
            assertAccessible(page);

            page.getByLabel("Wat kwam eruit?").fill("Het is rustiger; de afspraken werken.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bespreking opschrijven"))
                    .click();
            assertThat(page.getByText("De bespreking is opgeschreven.")).isVisible();
            assertThat(page.getByText(
                            "Het is rustiger; de afspraken werken.", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertAccessible(page);
        }
        // PL-6: the mother, an adult, reads the safety plan on her phone.
        var sanne = citizen("Sanne " + familyName);
        team.linkAccount(mother().id(), sanne.id());
        try (var context = Browser.phone()) {
            var page = context.newPage();
            logIn(page, sanne);
            page.navigate(baseUrl() + plan() + "/safety");
            assertThat(page.getByText("Ex-partner staat voor de deur", new Page.GetByTextOptions().setExact(false)))
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
