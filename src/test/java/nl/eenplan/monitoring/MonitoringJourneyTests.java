package nl.eenplan.monitoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** MON-1: staff of a municipality read its figures in a browser, on a wide screen and on a phone. */
class MonitoringJourneyTests extends EenPlanTest {

    @Autowired
    DashboardFixture fixture;

    @Test
    @DisplayName("MON-1, MON-2: a contact point (1280 px) and an agenda holder (390 px) choose dashboard and period;"
            + " the pages meet WCAG 2.1 AA")
    void staffReadTheFigures() {
        var world = fixture.world();
        var month = YearMonth.from(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            StaffLogin.firstLogin(
                    page,
                    baseUrl(),
                    world.contactPoint().email(),
                    DashboardFixture.PASSWORD,
                    world.contactPoint().displayName());
            page.navigate(baseUrl() + "/monitoring");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Cijfers over het gebruik van de methode");
            assertThat(page.getByRole(
                            AriaRole.TABLE,
                            new Page.GetByRoleOptions()
                                    .setName("Plannen die in deze periode"
                                            + " zijn begonnen, voor het eerst vastgesteld en gesloten")))
                    .isVisible();
            assertAccessible(page);

            page.getByLabel("Van maand").fill(month.minusMonths(2).toString());
            page.getByLabel("Tot en met maand").fill(month.toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon cijfers"))
                    .click();
            assertThat(page.getByText("Periode: " + month.minusMonths(2) + " tot en met " + month))
                    .isVisible();
            assertThat(page.locator("#figure-trend tbody tr")).hasCount(3);
            assertAccessible(page);
        }
        try (var context = Browser.phone()) {
            var page = context.newPage();
            StaffLogin.firstLogin(
                    page,
                    baseUrl(),
                    world.agendaHolder().email(),
                    DashboardFixture.PASSWORD,
                    world.agendaHolder().displayName());
            page.navigate(baseUrl() + "/monitoring");
            page.getByLabel("Cijfers van").selectOption("region:" + world.region());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon cijfers"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                    .hasText(java.util.regex.Pattern.compile("^Regio "));
            assertAccessible(page);
        }
    }
}
