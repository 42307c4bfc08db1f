package nl.eenplan.organisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.calendar.MunicipalClosingDays;
import nl.eenplan.calendar.WorkingDays;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Administrators keep each municipality's closing days; working-day deadlines there skip them. */
class ClosingDaysPageTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    // Friday after Ascension Day 2027 (Thursday 6 May): a usual bridge day.
    private static final LocalDate BRIDGE_DAY = LocalDate.of(2027, 5, 7);

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    MunicipalClosingDays closingDays;

    @Autowired
    WorkingDays workingDays;

    private RequestPostProcessor admin;
    private Organisation municipality;

    @BeforeEach
    void administrator() {
        var account = accounts.createActive(uniqueEmail("beheer"), "Beheer", AccountKind.ADMINISTRATOR, PASSWORD);
        var principal = new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
        admin = authentication(UsernamePasswordAuthenticationToken.authenticated(
                principal,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"))));
        municipality = organisations.found("Gemeente " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY, null);
    }

    @Test
    @DisplayName("X-4: a closing day an administrator adds is skipped by that municipality's working days only")
    void aClosingDayIsSkippedByTheMunicipalitysWorkingDays() throws Exception {
        var page = "/admin/organisations/" + municipality.id() + "/closing-days";
        mvc.perform(post(page)
                        .with(admin)
                        .with(csrf())
                        .param("day", "2027-05-07")
                        .param("reason", "Brugdag"))
                .andExpect(redirectedUrl(page + "?year=2027"));

        mvc.perform(get(page).param("year", "2027").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Brugdag")));
        var thursdayBefore = LocalDate.of(2027, 5, 5);
        assertThat(workingDays.addWorkingDays(municipality.id(), thursdayBefore, 1))
                .as("Ascension Day, then the bridge day, then the weekend")
                .isEqualTo(LocalDate.of(2027, 5, 10));
        assertThat(workingDays.addWorkingDays(thursdayBefore, 1)).isEqualTo(BRIDGE_DAY);

        mvc.perform(post(page + "/2027-05-07/reopen").with(admin).with(csrf()))
                .andExpect(redirectedUrl(page + "?year=2027"));
        assertThat(closingDays.of(municipality.id(), 2027)).isEmpty();
    }

    @Test
    @DisplayName("X-4: a closing day without date or reason is explained and nothing is stored")
    void aClosingDayWithMistakesIsExplained() throws Exception {
        mvc.perform(post("/admin/organisations/" + municipality.id() + "/closing-days")
                        .with(admin)
                        .with(csrf())
                        .param("day", "2027-05-07")
                        .param("reason", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vul de reden in")));
        mvc.perform(post("/admin/organisations/" + municipality.id() + "/closing-days")
                        .with(admin)
                        .with(csrf())
                        .param("day", "geen datum")
                        .param("reason", "Brugdag"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vul een geldige datum in.")));
        assertThat(closingDays.of(municipality.id(), 2027)).isEmpty();
    }

    @Test
    @DisplayName("X-4: an administrator keeps closing days on a phone; the page meets WCAG 2.1 AA, errors included")
    void anAdministratorOnAPhone() throws Exception {
        var account = accounts.createActive(uniqueEmail("beheer"), "Ada Beheer", AccountKind.ADMINISTRATOR, PASSWORD);
        try (var context = Browser.phone()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), account.email(), PASSWORD, account.displayName());
            page.navigate(baseUrl() + "/admin/organisations");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Sluitingsdagen van " + municipality.name()))
                    .click();
            assertAccessible(page);

            page.getByLabel("Datum").fill("2027-05-07");
            button(page, "Toevoegen").click();
            assertThat(page.getByText("Vul de reden in, bijvoorbeeld: brugdag."))
                    .isVisible();
            assertAccessible(page);

            page.getByLabel("Reden").fill("Brugdag na Hemelvaart");
            button(page, "Toevoegen").click();
            assertThat(page.getByText("De sluitingsdag is opgeslagen.")).isVisible();
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Brugdag na Hemelvaart");
            assertAccessible(page);

            button(page, "Weer open: 7 mei 2027").click();
            assertThat(page.getByText("Die dag is weer een gewone werkdag.")).isVisible();
        }
        assertThat(closingDays.of(municipality.id(), 2027)).isEmpty();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    @Test
    void onlyMunicipalitiesHaveClosingDays() throws Exception {
        var provider = organisations.found("Aanbieder " + UUID.randomUUID(), OrganisationKind.PROVIDER, null);
        mvc.perform(get("/admin/organisations/" + provider.id() + "/closing-days")
                        .with(admin))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/organisations/" + UUID.randomUUID() + "/closing-days")
                        .with(admin))
                .andExpect(status().isNotFound());
    }
}
