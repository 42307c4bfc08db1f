package nl.eenplan.monitoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** MON-1, MON-2: municipal staff write the yearly findings and download the report, on a wide screen and a phone. */
class YearEvaluationJourneyTests extends EenPlanTest {

    @Autowired
    DashboardFixture fixture;

    @Autowired
    Evaluations evaluations;

    @Test
    @DisplayName(
            "MON-1, MON-2: a contact point (1280 px) writes and saves the findings and downloads the PDF; an agenda"
                    + " holder (390 px) reads them; the pages meet WCAG 2.1 AA")
    void staffWriteTheYearlyEvaluation() {
        var world = fixture.world();
        // Each journey enrols staff of its own: a second factor is enrolled only once.
        var contactPoint = fixture.newStaff("Cas Contact", StaffRole.MUNICIPAL_CONTACT_POINT);
        var agendaHolder = fixture.newStaff("Anna Agenda", StaffRole.AGENDA_HOLDER);
        var year = Integer.toString(evaluations.thisYear());
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            StaffLogin.firstLogin(
                    page, baseUrl(), contactPoint.email(), DashboardFixture.PASSWORD, contactPoint.displayName());
            page.navigate(baseUrl() + "/monitoring");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jaarevaluatie " + year + ":"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Jaarevaluatie " + year + " van gemeente " + world.municipalityName());
            assertAccessible(page);

            page.getByLabel("Wat ging goed").fill("De Ronde Tafels kwamen op tijd.");
            page.getByLabel("Ervaringen van gezinnen").fill("Het panel voelde zich gehoord.");
            page.getByLabel("Afspraken voor volgend jaar").fill("Meer familiegroepsplannen.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevindingen opslaan"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De bevindingen zijn opgeslagen.");
            assertThat(page.getByText("Laatst opgeslagen door " + contactPoint.displayName()))
                    .isVisible();
            assertAccessible(page);

            var link = page.getByRole(
                    AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Download de jaarevaluatie " + year + " als PDF"));
            var pdf = page.request().get(baseUrl() + link.getAttribute("href"));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
        try (var context = Browser.phone()) {
            var page = context.newPage();
            StaffLogin.firstLogin(
                    page, baseUrl(), agendaHolder.email(), DashboardFixture.PASSWORD, agendaHolder.displayName());
            page.navigate(baseUrl() + "/monitoring/municipalities/" + world.municipality() + "/evaluations/" + year);
            assertThat(page.getByLabel("Ervaringen van gezinnen")).hasValue("Het panel voelde zich gehoord.");
            assertAccessible(page);
        }
    }
}
