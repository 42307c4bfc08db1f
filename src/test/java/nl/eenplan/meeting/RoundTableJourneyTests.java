package nl.eenplan.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A round table from initiative to a decision in the plan, in a real browser, checked with axe on every page. */
class RoundTableJourneyTests extends RoundTableTest {

    @Test
    @DisplayName(
            "M-2, M-3, M-4: initiative, a date in the window, invitations, an answer, minutes and a decision in the plan")
    void aProfessionalOrganisesARoundTableWhoseDecisionLandsInThePlan() throws Exception {
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), hanna.email(), PASSWORD, hanna.displayName());
            page.navigate(baseUrl() + "/households/" + household + "/plan");
            link(page, "Ronde Tafels").click();
            assertThat(heading(page, "Ronde Tafels van Gezin " + familyName)).isVisible();
            assertThat(page.getByText("Er is nog geen Ronde Tafel.")).isVisible();
            assertAccessible(page);

            button(page, "Initiatief nemen").click();
            assertThat(page.getByText("U hebt het initiatief genomen.")).isVisible();
            assertThat(page.getByText("tussen 5 en 15 werkdagen daarna")).isVisible();
            assertAccessible(page);

            button(page, "Opslaan").click();
            assertThat(page.getByText("Kies een datum.").first()).isVisible();
            assertAccessible(page);

            var id = roundTables
                    .overview(household, viewer(hanna))
                    .roundTables()
                    .getFirst()
                    .id();
            var window = find(id).window();
            page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true))
                    .fill(window.earliest().toString());
            page.getByLabel("Begintijd").fill("14:00");
            page.getByLabel("Eindtijd").fill("15:30");
            page.getByLabel("Plaats", new Page.GetByLabelOptions().setExact(true))
                    .fill("Wijkcentrum De Brug");
            page.getByLabel("Voorzitter")
                    .selectOption(new SelectOption().setValue(inTeam(hanna).id().toString()));
            page.getByLabel("Notulist")
                    .selectOption(new SelectOption().setValue(inTeam(hanna).id().toString()));
            button(page, "Opslaan").click();
            assertThat(page.getByText("De Ronde Tafel is gepland.")).isVisible();
            assertThat(page.locator("#window-warning")).hasCount(0);
            assertAccessible(page);

            button(page, "Uitnodiging versturen").click();
            assertThat(page.getByText("De uitnodigingen zijn verstuurd.")).isVisible();
            assertAccessible(page);

            link(page, "Agenda aanpassen").click();
            assertAccessible(page);
            page.getByLabel("Nieuw punt").fill("Vakantie van Sara");
            button(page, "Agenda opslaan").click();
            assertThat(page.getByText("Vakantie van Sara")).isVisible();

            var link = linkIn(textOf(awaitMail(sanne.email(), "Uitnodiging: Ronde Tafel op")));
            try (var phone = Browser.phone()) {
                var sannesPage = phone.newPage();
                logIn(sannesPage, sanne);
                sannesPage.navigate(link);
                assertThat(heading(sannesPage, "Ronde Tafel van Gezin " + familyName))
                        .isVisible();
                assertAccessible(sannesPage);
                sannesPage.getByLabel("Ja, ik kom").check();
                button(sannesPage, "Antwoord versturen").click();
                assertThat(sannesPage.getByText("Uw antwoord is opgeslagen.")).isVisible();
                assertThat(sannesPage.getByText("U hebt gezegd dat u komt.")).isVisible();
                assertAccessible(sannesPage);
            }

            page.navigate(baseUrl() + roundTable(id));
            assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(mother().name() + " Komt")))
                    .isVisible();
            link(page, "Verslag en besluiten vastleggen").click();
            assertThat(page.getByText("Regisseur kiezen")).isVisible();
            assertAccessible(page);
            page.getByLabel(mother().name() + " (moeder)").first().check();
            page.getByLabel("Verslag", new Page.GetByLabelOptions().setExact(true))
                    .fill("Sanne vertelt over de schulden. Piet helpt.");
            button(page, "Verslag opslaan").click();
            assertThat(page.getByText("Het verslag is opgeslagen.")).isVisible();

            page.getByLabel("Een nieuwe actie: wie doet wat, en wanneer").check();
            page.getByLabel("Besluit", new Page.GetByLabelOptions().setExact(true))
                    .fill("Schulden op een rij zetten");
            page.getByLabel("Bij welk doel hoort de actie?").selectOption(new SelectOption().setValue("new"));
            page.getByLabel("Nieuw doel voor deze actie").fill("Het gezin heeft grip op geld");
            page.locator("[id='decision-who-" + inTeam(piet).id() + "']").check();
            page.getByLabel("Klaar op").fill(window.latest().plusWeeks(6).toString());
            button(page, "Besluit opslaan").click();
            assertThat(page.getByText("Het besluit is vastgelegd.")).isVisible();
            assertThat(page.getByText("Nieuwe actie in het plan: Schulden op een rij zetten"))
                    .isVisible();
            assertAccessible(page);

            // The decision links to the action it became, on tab 2 of the plan.
            link(page, "Nieuwe actie in het plan: Schulden op een rij zetten").click();
            assertThat(page)
                    .hasURL(Pattern.compile(".*/households/" + household + "/plan/approach#action-[0-9a-f-]+$"));
            assertThat(page.getByText("Het gezin heeft grip op geld").first()).isVisible();
            assertThat(page.getByText("Schulden op een rij zetten").first()).isVisible();
            assertAccessible(page);
        }
    }

    private void logIn(Page page, AccountPrincipal person) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mailadres").fill(person.email());
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        button(page, "Inloggen").click();
        // A household member goes straight to her plan, everyone else to the start page.
        assertThat(page.locator(".ep-user")).containsText(person.displayName());
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
