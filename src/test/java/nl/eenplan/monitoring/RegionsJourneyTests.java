package nl.eenplan.monitoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import nl.eenplan.testing.MainMenu;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator keeps the regions of the regional dashboard in the browser (IMP-1, MON-1). */
class RegionsJourneyTests extends EenPlanTest {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    Regions regions;

    @Test
    @DisplayName("IMP-1, MON-1: make a region, choose its municipalities and move one, WCAG 2.1 AA at 1280 and 390 px")
    void anAdministratorKeepsTheRegions() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var gouda = organisations.found("Gouda " + suffix, OrganisationKind.MUNICIPALITY, null);
        var bodegraven = organisations.found("Bodegraven " + suffix, OrganisationKind.MUNICIPALITY, null);
        regions.group("Groene Hart " + suffix, List.of(bodegraven.id()));
        var ada = accounts.createActive(uniqueEmail("ada"), "Ada Beheer", AccountKind.ADMINISTRATOR, PASSWORD);
        var bram = accounts.createActive(uniqueEmail("bram"), "Bram Beheer", AccountKind.ADMINISTRATOR, PASSWORD);
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), ada.email(), PASSWORD, ada.displayName());
            MainMenu.link(page, "Regio's").click();
            assertAccessible(page);
            page.getByLabel("Naam van de regio").fill("Midden-Holland " + suffix);
            button(page, "Regio maken").click();
            assertThat(page.getByText("De regio is gemaakt. Kies nu de gemeenten."))
                    .isVisible();
            page.getByLabel("Gouda " + suffix).check();
            page.getByLabel("Bodegraven " + suffix).check();
            assertAccessible(page);
            button(page, "Gemeenten opslaan").click();
            assertThat(page.getByText("Bodegraven " + suffix + " hoorde bij regio Groene Hart " + suffix
                            + " en hoort nu bij deze regio."))
                    .isVisible();
            assertAccessible(page);
        }
        try (var context = Browser.phone()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), bram.email(), PASSWORD, bram.displayName());
            MainMenu.link(page, "Regio's").click();
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Midden-Holland " + suffix))
                    .click();
            page.getByLabel("Naam van de regio").fill("Midden-Holland en Gouda " + suffix);
            button(page, "Naam opslaan").click();
            assertThat(page.getByText("De naam van de regio is veranderd.")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Regio Midden-Holland en Gouda " + suffix);
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar alle regio's"))
                    .click();
            assertThat(page.getByText("Bodegraven " + suffix + ", Gouda " + suffix))
                    .isVisible();
            assertAccessible(page);
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
