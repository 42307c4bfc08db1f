package nl.eenplan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * IMP-4, IMP-5: in a real browser at 1280 and 390 px, with axe: the access team marks a
 * household's coordination intensive and a handover to an untrained colleague is refused; an
 * administrator records trainings; the municipality reads how its providers meet the basic requirements.
 */
class IntensiveCoordinationJourneyTests extends IntensityTest {

    @Test
    @DisplayName(
            "R-8, R-9, IMP-4, IMP-5: intensive coordination, trainings and the providers' requirements in the browser")
    void intensiveCoordinationInTheBrowser() {
        var world = roles.fresh();
        accessTeam(world);
        trained(world.hanna());
        var household = "/households/" + world.household();
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            StaffLogin.firstLogin(
                    page,
                    baseUrl(),
                    world.hanna().email(),
                    MatrixPeople.PASSWORD,
                    world.hanna().displayName());
            page.navigate(baseUrl() + household + "/coordination");
            assertThat(page.getByText("De regie is niet intensief.")).isVisible();
            page.getByLabel("De regie is intensief").check();
            page.getByLabel("Uren per week").fill("6");
            page.getByLabel("Van", new Page.GetByLabelOptions().setExact(true)).fill("2026-01-05");
            page.getByLabel("Tot en met").fill("2026-06-30");
            page.getByLabel("Wie betaalt").selectOption(new SelectOption().setLabel("De gemeente (declarabel)"));
            button(page, "Besluit opslaan").click();
            assertThat(page.getByText("Het besluit over intensieve regie is opgeslagen."))
                    .isVisible();
            assertThat(page.getByText("6 uur per week")).isVisible();
            assertAccessible(page);

            page.getByLabel("Nieuwe regisseur").selectOption(new SelectOption().setLabel("Piet Zonder (gezinscoach)"));
            button(page, "Regie overdragen").click();
            assertThat(page.locator("#successorId-error")).containsText("(R-9)");
            assertAccessible(page);

            var provider = jdbc.sql(
                            "select organisation_id from staff_role where account_id = ? and role = 'PROFESSIONAL'")
                    .param(world.hanna().id())
                    .query(UUID.class)
                    .list()
                    .getFirst();
            page.navigate(baseUrl() + "/implementation/providers/" + provider);
            assertThat(page.getByText("Deze aanbieder voldoet nog niet aan alle basiseisen."))
                    .isVisible();
            assertAccessible(page);
        }

        var admin = people.account("Bea Beheer", AccountKind.ADMINISTRATOR);
        var municipality = households.find(world.household()).orElseThrow().municipalityId();
        var officer = people.staff(
                "Toos Toegang",
                organisations.found("Toegang reis " + world.familyName(), OrganisationKind.ACCESS_TEAM, municipality),
                StaffRole.ACCESS_TEAM_MEMBER);
        try (var context = Browser.phone()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), admin.email(), MatrixPeople.PASSWORD, admin.displayName());
            page.navigate(baseUrl() + "/admin/people/" + world.piet().id());
            page.getByLabel("Training", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel("Basistraining 1Gezin1Plan1Regisseur"));
            page.getByLabel("Gedaan op").fill("2025-03-01");
            button(page, "Training vastleggen").click();
            assertThat(page.getByText("De training is vastgelegd.")).isVisible();
            assertAccessible(page);
        }
        try (var context = Browser.phone()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), officer.email(), MatrixPeople.PASSWORD, officer.displayName());
            page.navigate(baseUrl() + "/implementation/municipalities/" + municipality + "/providers");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Zorgaanbieders van");
            assertAccessible(page);
        }
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
