package nl.eenplan.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.identity.AccountJourneyTests.button;
import static nl.eenplan.identity.AccountJourneyTests.fitsTheScreen;
import static nl.eenplan.identity.AccountJourneyTests.heading;
import static nl.eenplan.identity.AccountJourneyTests.link;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.UUID;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser at 1280 and 390 px, every page checked with axe: an administrator finds a
 * professional who lost her phone, disconnects her app, and switches the account of someone who left
 * off and on again; the professional then sets up her app again at login.
 */
class AdministratorJourneyTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AccountDirectory directory;

    @Autowired
    SecondFactorLogin secondFactor;

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void anAdministratorDisconnectsALostAppAndSwitchesAnAccountOff(int width) throws Exception {
        var adminEmail = uniqueEmail("beheer");
        directory.createActive(adminEmail, "Bram Beheer", AccountKind.ADMINISTRATOR, PASSWORD);
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var hannaEmail = uniqueEmail("hanna");
        var hanna = directory.createActive(hannaEmail, "Hanna Hulp " + tag, AccountKind.STAFF, PASSWORD);
        var principal = new AccountPrincipal(hanna.id(), hannaEmail, hanna.displayName(), AccountKind.STAFF);
        var enrolment = secondFactor.newEnrolment(principal);
        secondFactor.enrol(principal, enrolment.secret(), SecondFactor.codeAt(enrolment.secret(), Instant.now()));

        try (var context = Browser.newContext(width, 900)) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            page.getByLabel("E-mailadres").fill(adminEmail);
            page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true))
                    .fill(PASSWORD);
            button(page, "Inloggen");
            var secret = page.locator("#secret").textContent().replace(" ", "");
            page.getByLabel("Code").fill(SecondFactor.codeAt(secret, Instant.now()));
            button(page, "App koppelen");
            link(page, "Ik heb de codes bewaard");

            page.navigate(baseUrl() + "/admin/people");
            page.getByLabel("Zoek iemand").fill("hanna hulp " + tag);
            button(page, "Zoeken");
            assertThat(page.getByText(hannaEmail)).isVisible();
            assertAccessible(page);
            link(page, hanna.displayName());
            assertThat(heading(page, hanna.displayName())).isVisible();
            assertAccessible(page);

            button(page, "App loskoppelen");
            assertThat(page.getByText("De app is losgekoppeld.")).isVisible();
            assertThat(page.getByText("Logt in met alleen een wachtwoord")).isVisible();
            assertAccessible(page);
            assertThat(awaitMailTo(hannaEmail).getSubject()).isEqualTo("Uw app voor inloggen is losgekoppeld");

            button(page, "Account uitzetten");
            assertThat(page.getByText("Het account staat uit.")).isVisible();
            assertThat(page.getByText("Uitgezet")).isVisible();
            assertAccessible(page);
            assertThat(fitsTheScreen(page)).as("no sideways scrolling").isTrue();
            assertThat(canLogIn(hannaEmail)).isFalse();

            button(page, "Account weer aanzetten");
            assertThat(page.getByText("Het account staat weer aan.")).isVisible();
            assertAccessible(page);
        }
        try (var context = Browser.newContext(width, 900)) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            page.getByLabel("E-mailadres").fill(hannaEmail);
            page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true))
                    .fill(PASSWORD);
            button(page, "Inloggen");
            assertThat(heading(page, "Beveilig uw account met een app")).isVisible();
            assertAccessible(page);
        }
    }

    private boolean canLogIn(String email) throws Exception {
        var result = mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin(
                                        "/login")
                                .userParameter("email")
                                .user(email)
                                .password(PASSWORD))
                .andReturn();
        return !String.valueOf(result.getResponse().getRedirectedUrl()).startsWith("/login?error");
    }
}
