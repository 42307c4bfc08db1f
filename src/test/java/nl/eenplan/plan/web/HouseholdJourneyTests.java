package nl.eenplan.plan.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.testing.Browser;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

/** A professional registers a household, adds a neighbour and records who coordinates, in a real browser. */
class HouseholdJourneyTests extends HouseholdPageTest {

    @Test
    void aProfessionalRegistersAHouseholdBuildsItsTeamAndRecordsTheCoordinator() throws Exception {
        var email = uniqueEmail("hanna");
        var account = accounts.createActive(email, "Hanna Hulp", AccountKind.STAFF, PASSWORD);
        organisations.assign(account.id(), provider.id(), StaffRole.PROFESSIONAL);
        var householdName = uniqueName("Gezin Jansen");

        try (var context = Browser.desktop()) {
            var page = context.newPage();
            logInWithSecondFactor(page, email);

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
            assertThat(page.getByText("Wie heeft het gezag over Michael Jansen?"))
                    .isVisible();
            assertAccessible(page);

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

    private void logInWithSecondFactor(Page page, String email) throws Exception {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        button(page, "Inloggen").click();
        var secret = page.locator("#secret").textContent().replace(" ", "");
        var totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
        var key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
        page.getByLabel("Code").fill("%06d".formatted(totp.generateOneTimePassword(key, Instant.now())));
        button(page, "App koppelen").click();
        link(page, "Ik heb de codes bewaard").click();
        assertThat(heading(page, "Welkom, Hanna Hulp")).isVisible();
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
