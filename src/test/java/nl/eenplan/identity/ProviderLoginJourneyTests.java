package nl.eenplan.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import nl.eenplan.testing.Keycloak;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Logging in through the municipality's identity provider, a real Keycloak, in a real browser: the
 * person is matched to their EenPlan account by verified e-mail address, or gets the account they
 * were invited to; anyone else is refused with a page in words, and nothing is created.
 */
@ExtendWith(Keycloak.class)
class ProviderLoginJourneyTests extends EenPlanTest {

    @Autowired
    AccountDirectory directory;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("eenplan.oidc.issuer", Keycloak::issuer);
        registry.add("eenplan.oidc.client-id", () -> Keycloak.CLIENT_ID);
        registry.add("eenplan.oidc.client-secret", () -> Keycloak.CLIENT_SECRET);
        registry.add("eenplan.oidc.name", () -> "Gemeente Testdorp");
    }

    @Test
    @DisplayName("X-1: a known person logs in through the provider, is the same account, and logs out there too")
    void aKnownPersonLogsInThroughTheProviderAndOut() {
        var account = directory.createActive(
                "anna.oidc@test.example", "Anna Aanmelder", AccountKind.CITIZEN, "een lange zin als wachtwoord");
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            assertAccessible(page);
            logInAtProvider(page, "anna", "anna-wachtwoord");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welkom, Anna Aanmelder")))
                    .isVisible();
            assertAccessible(page);
            assertThat(events(account.id())).contains("LOGIN_PROVIDER_ACCEPTED");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                    .click();
            assertThat(page).hasURL(baseUrl() + "/login?logout");
            assertThat(page.getByText("U bent uitgelogd.")).isVisible();
            assertThat(events(account.id())).contains("LOGOUT");

            // The provider's session ended too: it asks for the password again.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen met Gemeente Testdorp"))
                    .click();
            assertThat(page.locator("#password")).isVisible();
        }
    }

    @Test
    @DisplayName("X-1: an invited person's first login through the provider accepts the invitation")
    void anInvitedPersonGetsTheAccountAtTheFirstLogin() {
        var invited = directory.invite("ingrid.oidc@test.example", "Ingrid Uitgenodigd", AccountKind.CITIZEN, null);
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            logInAtProvider(page, "ingrid", "ingrid-wachtwoord");
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welkom, Ingrid Uitgenodigd")))
                    .isVisible();
        }
        assertThat(directory.find(invited.id()).orElseThrow().active()).isTrue();
        assertThat(jdbc.sql("select count(*) from invitation where account_id = ? and accepted_at is null")
                        .param(invited.id())
                        .query(Long.class)
                        .single())
                .as("the invitation link no longer works")
                .isZero();
    }

    @Test
    @DisplayName("X-1: without an account or an open invitation the provider's login is refused; nothing is created")
    void anUnknownPersonIsRefusedOnAPhone() {
        try (var context = Browser.phone()) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            assertAccessible(page);
            logInAtProvider(page, "victor", "victor-wachtwoord");
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("U heeft nog geen account in EenPlan")))
                    .isVisible();
            assertThat(page.getByText("Er is niets opgeslagen.", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertAccessible(page);
            page.navigate(baseUrl() + "/");
            assertThat(page).hasURL(baseUrl() + "/login");
        }
        assertThat(directory.findByEmail("victor.oidc@test.example")).isEmpty();
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where event = 'LOGIN_PROVIDER_REFUSED' and subject_id = ?")
                        .param("victor.oidc@test.example")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("X-1: an e-mail address the provider has not verified does not log in")
    void anUnverifiedAddressIsRefused() {
        directory.createActive(
                "olga.oidc@test.example", "Olga Onbevestigd", AccountKind.CITIZEN, "een lange zin als wachtwoord");
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            logInAtProvider(page, "olga", "olga-wachtwoord");
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Uw e-mailadres is niet bevestigd")))
                    .isVisible();
            assertAccessible(page);
        }
    }

    @Test
    @DisplayName("X-1: a deactivated account does not log in through the provider")
    void aDeactivatedAccountIsRefused() {
        var admin = directory.createActive(
                uniqueEmail("beheer"), "Bram Beheer", AccountKind.ADMINISTRATOR, "een lange zin als wachtwoord");
        var dirk = directory.createActive(
                "dirk.oidc@test.example", "Dirk Gestopt", AccountKind.CITIZEN, "een lange zin als wachtwoord");
        administration.deactivate(admin.id(), dirk.id(), dirk.version());
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            logInAtProvider(page, "dirk", "dirk-wachtwoord");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Uw account is gestopt")))
                    .isVisible();
        }
    }

    @Test
    @DisplayName("X-1: staff still give EenPlan's own second factor after the provider's login")
    void staffStillGiveTheSecondFactor() {
        var sanne = directory.createActive(
                "sanne.oidc@test.example", "Sanne Staf", AccountKind.STAFF, "een lange zin als wachtwoord");
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            logInAtProvider(page, "sanne", "sanne-wachtwoord");
            assertThat(page).hasURL(Pattern.compile(".*/login/second-factor.*"));
            page.navigate(baseUrl() + "/account");
            assertThat(page).hasURL(Pattern.compile(".*/login/second-factor.*"));
        }
        assertThat(events(sanne.id())).contains("LOGIN_PROVIDER_ACCEPTED");
    }

    private void logInAtProvider(Page page, String username, String password) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen met Gemeente Testdorp"))
                .click();
        page.locator("#username").fill(username);
        assertThat(page.url()).as("with PKCE").startsWith(Keycloak.issuer()).contains("code_challenge_method=S256");
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(baseUrl()));
    }

    private java.util.List<String> events(UUID accountId) {
        return jdbc.sql("select event from audit_entry where account_id = ?")
                .param(accountId)
                .query(String.class)
                .list();
    }
}
