package nl.eenplan.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.UUID;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Logging in with two factors, inviting a colleague, and logging out, in a real browser. */
class LoginJourneyTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AccountDirectory directory;

    @Autowired
    OrganisationDirectory organisations;

    @Test
    void anAdministratorInvitesAProfessionalWhoLogsInWithTwoFactorsAndLogsOut() throws Exception {
        var adminEmail = uniqueEmail("beheer");
        directory.createActive(adminEmail, "Bram Beheer", AccountKind.ADMINISTRATOR, PASSWORD);
        var organisation = organisations.found(
                "Jeugdhulp " + UUID.randomUUID().toString().substring(0, 6), OrganisationKind.PROVIDER, null);

        try (var context = Browser.desktop()) {
            var page = context.newPage();
            logIn(page, adminEmail);
            var secret = enrol(page);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welkom, Bram Beheer")))
                    .isVisible();
            assertAccessible(page);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Mensen").setExact(true))
                    .click();
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodiging versturen"))
                    .click();
            assertThat(page.getByText("Vul een naam in.")).isVisible();
            assertThat(page.getByText("Kies de organisatie van de medewerker.")).isVisible();
            assertAccessible(page);

            var colleague = uniqueEmail("hulpverlener");
            page.getByLabel("Naam").fill("Hanna Hulp");
            page.getByLabel("E-mailadres").fill(colleague);
            page.getByLabel("Organisatie").selectOption(organisation.id().toString());
            page.getByLabel("Rol").selectOption("PROFESSIONAL");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodiging versturen"))
                    .click();
            assertThat(page.getByText("De uitnodiging is verstuurd.")).isVisible();
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verstuurde e-mail"))
                    .click();
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uitnodiging voor EenPlan"))
                    .first()
                    .click();
            assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                    .click();
            assertThat(page.getByText("U bent uitgelogd.")).isVisible();
            page.navigate(baseUrl() + "/admin/people");
            assertThat(page).hasURL(baseUrl() + "/login");

            var link = linkIn((String) awaitMailTo(colleague).getContent());
            colleagueAcceptsAndLogsIn(link, colleague, organisation.name());
        }
    }

    private void colleagueAcceptsAndLogsIn(String link, String email, String organisationName) {
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            page.navigate(link);
            assertThat(page.getByText("Welkom Hanna Hulp")).isVisible();
            assertAccessible(page);
            page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
            page.getByLabel("Herhaal het wachtwoord").fill(PASSWORD + "!");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan"))
                    .click();
            assertThat(page.getByText("De twee wachtwoorden zijn niet hetzelfde."))
                    .isVisible();
            assertAccessible(page);
            page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
            page.getByLabel("Herhaal het wachtwoord").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan"))
                    .click();
            assertThat(page.getByText("Uw wachtwoord is opgeslagen.")).isVisible();

            logIn(page, email);
            var secret = enrol(page);
            assertThat(page.getByText("Hulpverlener bij " + organisationName)).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                    .click();

            logIn(page, email);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Code uit uw app")))
                    .isVisible();
            assertAccessible(page);
            // The enrolment used the current time step; a code may be used once, so take the next one.
            page.getByLabel("Code")
                    .fill(SecondFactor.codeAt(secret, Instant.now().plusSeconds(30)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welkom, Hanna Hulp")))
                    .isVisible();

            page.navigate(baseUrl() + "/bestaat-niet");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pagina niet gevonden")))
                    .isVisible();
            assertAccessible(page);
            page.navigate(baseUrl() + "/admin/people");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geen toegang")))
                    .isVisible();
            assertAccessible(page);

            page.navigate(baseUrl() + "/account");
            assertAccessible(page);
            page.getByLabel("Naam van de sleutel").fill("rapportage");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sleutel maken"))
                    .click();
            assertThat(page.locator("#token-secret")).containsText("eenplan_");
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar mijn account"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sleutel rapportage ongeldig maken"))
                    .click();
            assertThat(page.getByText("De sleutel is ongeldig gemaakt.")).isVisible();
            assertAccessible(page);
        }
    }

    private void logIn(Page page, String email) {
        page.navigate(baseUrl() + "/login");
        assertAccessible(page);
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
    }

    private String enrol(Page page) {
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Beveilig uw account met een app")))
                .isVisible();
        assertAccessible(page);
        var secret = page.locator("#secret").textContent().replace(" ", "");
        page.getByLabel("Code").fill("123456");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("App koppelen"))
                .click();
        assertThat(page.getByText("Deze code klopt niet.")).isVisible();
        assertAccessible(page);
        page.getByLabel("Code").fill(SecondFactor.codeAt(secret, Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("App koppelen"))
                .click();
        assertThat(page.locator("#recovery-codes li")).hasCount(RecoveryCodes.COUNT);
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ik heb de codes bewaard"))
                .click();
        return secret;
    }
}
