package nl.eenplan.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser at 1280 and 390 px, every page checked with axe: a mother who forgot her password
 * gets a link by mail (real SMTP), chooses a new one, changes it again on her account page, turns
 * logging in with an app on, logs in with a code and turns the app off with a recovery code.
 */
class AccountJourneyTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";
    private static final String RESET_PASSWORD = "de kat slaapt op de bank";
    private static final String CHANGED_PASSWORD = "fietsen langs de rivier in mei";

    @Autowired
    AccountDirectory directory;

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void aMotherResetsAndChangesHerPasswordAndTurnsTheAppOnAndOff(int width) throws Exception {
        var email = uniqueEmail("moeder");
        directory.createActive(email, "Fatima Jansen", AccountKind.CITIZEN, PASSWORD);

        try (var context = Browser.newContext(width, 900)) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            link(page, "Wachtwoord vergeten?");
            assertAccessible(page);
            button(page, "Link versturen");
            assertThat(page.getByText("Vul uw e-mailadres in.").first()).isVisible();
            assertAccessible(page);
            page.getByLabel("E-mailadres").fill(email);
            button(page, "Link versturen");
            assertThat(heading(page, "Kijk in uw e-mail")).isVisible();
            assertAccessible(page);

            page.navigate(linkIn((String) awaitMailTo(email).getContent()));
            assertThat(heading(page, "Kies een nieuw wachtwoord")).isVisible();
            assertAccessible(page);
            page.getByLabel("Nieuw wachtwoord").fill(RESET_PASSWORD);
            page.getByLabel("Herhaal het wachtwoord").fill(RESET_PASSWORD);
            button(page, "Wachtwoord opslaan");
            assertThat(page.getByText("Uw nieuwe wachtwoord is opgeslagen.")).isVisible();
            assertAccessible(page);
            logIn(page, email, RESET_PASSWORD);
            assertThat(heading(page, "Welkom, Fatima Jansen")).isVisible();

            page.navigate(baseUrl() + "/account");
            assertAccessible(page);
            link(page, "Wachtwoord wijzigen");
            assertAccessible(page);
            page.getByLabel("Huidige wachtwoord").fill("dit is het niet meer");
            page.getByLabel("Nieuw wachtwoord").fill(CHANGED_PASSWORD);
            page.getByLabel("Herhaal het wachtwoord").fill(CHANGED_PASSWORD);
            button(page, "Nieuw wachtwoord opslaan");
            assertThat(page.getByText("Uw huidige wachtwoord klopt niet.").first())
                    .isVisible();
            assertAccessible(page);
            page.getByLabel("Huidige wachtwoord").fill(RESET_PASSWORD);
            page.getByLabel("Nieuw wachtwoord").fill(CHANGED_PASSWORD);
            page.getByLabel("Herhaal het wachtwoord").fill(CHANGED_PASSWORD);
            button(page, "Nieuw wachtwoord opslaan");
            assertThat(page.getByText("Uw wachtwoord is gewijzigd.")).isVisible();
            assertThat(awaitMailTo(email).getSubject()).isEqualTo("Uw wachtwoord is gewijzigd");

            link(page, "Inloggen met een app aanzetten");
            assertThat(heading(page, "Beveilig uw account met een app")).isVisible();
            assertAccessible(page);
            var secret = page.locator("#secret").textContent().replace(" ", "");
            page.getByLabel("Code").fill(SecondFactor.codeAt(secret, Instant.now()));
            button(page, "App koppelen");
            assertThat(page.locator("#recovery-codes li")).hasCount(RecoveryCodes.COUNT);
            var recoveryCode = page.locator("#recovery-codes li").first().textContent();
            assertAccessible(page);
            link(page, "Ik heb de codes bewaard");
            assertThat(heading(page, "Mijn account")).isVisible();
            assertThat(fitsTheScreen(page)).as("no sideways scrolling").isTrue();

            page.context().clearCookies();
            logIn(page, email, CHANGED_PASSWORD);
            assertThat(heading(page, "Code uit uw app")).isVisible();
            page.getByLabel("Code")
                    .fill(SecondFactor.codeAt(secret, Instant.now().plusSeconds(30)));
            button(page, "Controleren");
            assertThat(heading(page, "Welkom, Fatima Jansen")).isVisible();

            page.navigate(baseUrl() + "/account");
            link(page, "Inloggen met een app uitzetten");
            assertAccessible(page);
            page.getByLabel("Code").fill("000000");
            button(page, "Uitzetten");
            assertThat(page.getByText("Deze code klopt niet.").first()).isVisible();
            assertAccessible(page);
            page.getByLabel("Code").fill(recoveryCode);
            button(page, "Uitzetten");
            assertThat(page.getByText("Inloggen met een app staat uit.")).isVisible();
            assertThat(fitsTheScreen(page)).as("no sideways scrolling").isTrue();
            assertAccessible(page);
        }
    }

    private void logIn(Page page, String email, String password) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true))
                .fill(password);
        button(page, "Inloggen");
    }

    static com.microsoft.playwright.Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    static void button(Page page, String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    static void link(Page page, String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
