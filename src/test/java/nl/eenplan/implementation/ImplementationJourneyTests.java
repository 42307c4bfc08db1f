package nl.eenplan.implementation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.MainMenu;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An agenda holder keeps the frameworks and a checklist of her municipality in the browser (IMP-1,
 * IMP-3); a provider's manager keeps its checklist and sees it feed the basic requirements (IMP-2, IMP-4).
 */
class ImplementationJourneyTests extends ImplementationTest {

    @Test
    @DisplayName(
            "IMP-1, IMP-2, IMP-3, IMP-4: frameworks and checklists kept through the menu, feeding the basic requirements, WCAG 2.1 AA at 1280 and 390 px")
    void anAgendaHolderKeepsFrameworksAndAChecklist() {
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), agendaHolder.email(), PASSWORD, agendaHolder.displayName());
            MainMenu.link(page, "Invoering").click();
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(municipality.name()))
                    .click();
            assertThat(page.getByText("De gemeente heeft nog geen afspraken vastgelegd."))
                    .isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Afspraken wijzigen"))
                    .click();
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Jeugd"))
                    .getByLabel("Beleid van de gemeente")
                    .fill("In visie opgenomen en in de contracten vastgelegd");
            button(page, "Afspraken opslaan").click();
            assertThat(page.getByText("De afspraken zijn opgeslagen.")).isVisible();
            assertThat(page.getByText("In visie opgenomen en in de contracten vastgelegd"))
                    .isVisible();
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar invoering"))
                    .click();
            page.getByLabel("Kies een checklist om mee te beginnen").selectOption("Gemeente (A tot en met G)");
            button(page, "Checklist beginnen").click();
            assertThat(page.getByText("De checklist is begonnen.")).isVisible();
            assertThat(page.locator("#progress-label")).hasText("0 van 25 klaar");
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Punt 1 wijzigen"))
                    .click();
            page.getByLabel("Actie").fill("Besluit voorleggen aan het college");
            page.getByLabel("Wie is verantwoordelijk").fill("Anna Agenda");
            page.getByLabel("Stand").selectOption("Klaar");
            assertAccessible(page);
            button(page, "Punt opslaan").click();
            assertThat(page.locator("#progress-label")).hasText("1 van 25 klaar");
        }
        try (var context = Browser.phone()) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            StaffLogin.firstLogin(page, baseUrl(), manager.email(), PASSWORD, manager.displayName());
            MainMenu.link(page, "Invoering").click();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(municipality.name())))
                    .isVisible();
            page.getByLabel("Kies een checklist om mee te beginnen")
                    .selectOption("Organisatie Midden-Holland (met op- en afschalen)");
            button(page, "Checklist beginnen").click();
            assertThat(page.locator("#progress-label")).hasText("0 van 23 klaar");
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Punt 2 wijzigen"))
                    .click();
            page.getByLabel("Gepland op").fill("2027-03-01");
            page.getByLabel("Stand").selectOption("Klaar");
            button(page, "Punt opslaan").click();
            assertThat(page.locator("#progress-label")).hasText("1 van 23 klaar");
            assertAccessible(page);

            // IMP-2, IMP-4: Invoering warns that the provider lacks an attention officer and leads to its
            // basic requirements, where implementation follows from the checklist just kept.
            MainMenu.link(page, "Invoering").click();
            assertThat(page.locator("#role-gaps")).containsText(provider.name() + " heeft geen aandachtsfunctionaris.");
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de basiseisen van zorgaanbieders"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Basiseisen van " + provider.name()))
                    .click();
            assertThat(page.locator("#implementation-done")).containsText("Nee, 1 van 23 punten klaar");
            assertAccessible(page);
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
