package nl.eenplan.plan.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.Test;

/**
 * A professional registers a household, records parental authority and the family's consent, adds a
 * neighbour and records who coordinates, in a real browser.
 */
class HouseholdJourneyTests extends HouseholdPageTest {

    @Test
    void aProfessionalRegistersAHouseholdBuildsItsTeamAndRecordsTheCoordinator() throws Exception {
        var email = uniqueEmail("hanna");
        var account = accounts.createActive(email, "Hanna Hulp", AccountKind.STAFF, PASSWORD);
        organisations.assign(account.id(), provider.id(), StaffRole.PROFESSIONAL);
        var householdName = uniqueName("Gezin Jansen");

        try (var context = Browser.desktop()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), email, PASSWORD, "Hanna Hulp");

            link(page, "Nieuw gezin aanmelden").click();
            assertThat(heading(page, "Nieuw gezin aanmelden")).isVisible();
            assertAccessible(page);
            button(page, "Gezin aanmelden").click();
            assertThat(page.getByText("Vul een naam voor het gezin in").first()).isVisible();
            assertThat(page.getByText("Voeg minstens één gezinslid toe.").first())
                    .isVisible();
            assertAccessible(page);

            page.getByLabel("Naam van het gezin").fill(householdName);
            page.getByLabel("Gemeente").selectOption(municipality.id().toString());
            page.getByLabel("Postcode").fill("2801 AB");
            field(page, "members0.givenName").fill("Sanne");
            field(page, "members0.familyName").fill("Jansen");
            field(page, "members0.dateOfBirth").fill("1988-04-02");
            field(page, "members0.relation").fill("moeder");
            field(page, "members1.givenName").fill("Michael");
            field(page, "members1.familyName").fill("Jansen");
            field(page, "members1.dateOfBirth").fill("2013-09-15");
            field(page, "members1.relation").fill("zoon");
            button(page, "Gezin aanmelden").click();

            assertThat(heading(page, "Team van " + householdName)).isVisible();
            var teamPage = page.url();
            // C-1: nobody consented yet, so Hanna sees the team but not the plan, and changes nothing else.
            assertThat(page.getByText(
                            "U kunt het plan van dit gezin nog niet zien.",
                            new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(link(page, "Iemand toevoegen")).hasCount(0);
            assertAccessible(page);
            link(page, "Naar het plan").click();
            assertThat(page.getByText(
                            "er is geen toestemming om het met u te delen voor: Sanne Jansen, Michael Jansen",
                            new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertAccessible(page);
            // Every page of the plan answers the same, at its own address.
            page.navigate(teamPage.replaceAll("/team$", "/plan/versions"));
            assertThat(page.getByText(
                            "er is geen toestemming om het met u te delen",
                            new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(page).hasURL(teamPage.replaceAll("/team$", "/plan/versions"));
            page.navigate(teamPage);

            // C-1: the mother has authority over Michael (13), so both consent for him.
            assertThat(page.getByText("Wie heeft het gezag over Michael Jansen?"))
                    .isVisible();
            page.getByLabel("Sanne Jansen (moeder)").check();
            button(page, "Gezag over Michael Jansen opslaan").click();
            assertThat(page.getByText("Het gezag is opgeslagen.")).isVisible();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Toestemming vastleggen")
                                    .setExact(true))
                    .click();
            consent(page, "Sanne Jansen", "Sanne Jansen");
            consent(page, "Michael Jansen", "Sanne Jansen", "Michael Jansen");
            page.navigate(teamPage);

            link(page, "Iemand toevoegen").click();
            assertAccessible(page);
            button(page, "Toevoegen").click();
            assertThat(page.getByText("Vul de naam in.").first()).isVisible();
            assertAccessible(page);
            page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Piet Bakker");
            page.getByLabel("Relatie met het gezin").fill("buurman");
            page.getByLabel("donderdag").check();
            button(page, "Toevoegen").click();
            assertThat(page.getByText("De persoon is toegevoegd aan het team.")).isVisible();

            link(page, "Wie heeft de regie?").click();
            assertThat(page.getByText("Er is nog geen regisseur.")).isVisible();
            assertAccessible(page);
            page.getByLabel("Regisseur", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel("Hanna Hulp (" + provider.name() + ")"));
            page.getByLabel("Casusregie: iemand uit het team houdt de regie over het plan")
                    .check();
            button(page, "Regie opslaan").click();
            assertThat(page.getByText("De regie is opgeslagen.")).isVisible();
            assertThat(page.getByText("Hanna Hulp, " + provider.name())).isVisible();
            assertAccessible(page);

            link(page, "Mijn werk").first().click();
            assertThat(link(page, householdName)).isVisible();
            assertAccessible(page);
        }
    }

    /** C-1, C-2: on the consent pages, consent about one member for the plan, with everyone of Hanna's organisation. */
    private void consent(Page page, String member, String... givenBy) {
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Toestemming vastleggen")
                                .setExact(true))
                .click();
        page.getByLabel("Over wie gaat de informatie?").selectOption(new SelectOption().setLabel(member));
        page.getByLabel("Waarvoor wordt de informatie gedeeld?").fill("Samen werken aan het plan");
        page.getByLabel("Het plan").check();
        page.getByLabel("Iedereen van " + provider.name()).check();
        for (var person : givenBy) {
            page.getByLabel(person, new Page.GetByLabelOptions().setExact(true)).check();
        }
        button(page, "Toestemming vastleggen").click();
        assertThat(page.getByText("De toestemming is vastgelegd.")).isVisible();
    }

    private static Locator field(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
