package nl.eenplan.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.AccountSummary;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.testing.EenPlanTest;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What every page does regardless of feature: Dutch errors, no leaks, secure headers. */
class WebSafetyTests extends EenPlanTest {

    @Autowired
    AccountDirectory directory;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ServletWebServerApplicationContext server;

    private AccountSummary lastAccount;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/people")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inloggen")));
    }

    // The Dutch texts of the error pages are checked in the browser (BrowserJourneyTests), where the
    // servlet container renders them; MockMvc sees only the status.
    @Test
    void anUnknownPageIsNotFound() throws Exception {
        mvc.perform(get("/bestaat-niet").with(as(AccountKind.STAFF))).andExpect(status().isNotFound());
    }

    @Test
    void staffCannotOpenAdministration() throws Exception {
        mvc.perform(get("/admin/people").with(as(AccountKind.STAFF))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox").with(as(AccountKind.CITIZEN))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/people").with(as(AccountKind.ADMINISTRATOR))).andExpect(status().isOk());
    }

    @Test
    void aFormWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        var person = as(AccountKind.CITIZEN);
        mvc.perform(post("/account/tokens")
                        .with(person)
                        .param("name", "x")
                        .param("scope", "READ")
                        .param("validityDays", "30"))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(302, 403));
        assertThat(tokens.of(lastAccount.id())).isEmpty();
    }

    @Test
    void nonsenseInAFormGetsAMessageNotAnError() throws Exception {
        var person = as(AccountKind.CITIZEN);
        mvc.perform(post("/account/tokens")
                        .with(person)
                        .with(csrf())
                        .param("name", "")
                        .param("scope", "READ")
                        .param("validityDays", "30"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Geef de sleutel een naam")));
        mvc.perform(post("/account/tokens")
                        .with(person)
                        .with(csrf())
                        .param("name", "rapport")
                        .param("scope", "ALLES")
                        .param("validityDays", "veel"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Deze keuze klopt niet")))
                .andExpect(content().string(not(containsString("Failed to convert"))));
        mvc.perform(post("/account/tokens")
                        .with(person)
                        .with(csrf())
                        .param("name", "rapport")
                        .param("scope", "READ")
                        .param("validityDays", "1000"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kies hoe lang de sleutel geldig is")));
    }

    // The Dutch texts of the error pages are checked in the browser journeys, where the servlet
    // container renders them; MockMvc sees only the status.
    @Test
    void aMalformedIdInAnAddressIsABadRequestNotAServerError() throws Exception {
        mvc.perform(post("/account/tokens/geen-uuid/revoke")
                        .with(as(AccountKind.CITIZEN))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aPersonCanSwitchToEnglishAndBack() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Log in")))
                .andExpect(content().string(containsString("lang=\"en\"")));
        mvc.perform(get("/login").cookie(new Cookie("eenplan-language", "en")))
                .andExpect(content().string(containsString("lang=\"en\"")));
        mvc.perform(get("/login").param("lang", "nl")).andExpect(content().string(containsString("lang=\"nl\"")));
    }

    @Test
    void anIdleSessionEndsAfterFifteenMinutes() {
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        var context = (Context) tomcat.getHost().findChildren()[0];
        assertThat(context.getSessionTimeout()).isEqualTo(15);
    }

    @Test
    void aRequestWithAnExpiredSessionIsSentToLogInAgainWithAnExplanation() throws Exception {
        // The session cookie carries the id base64-encoded; no session with this id is stored.
        var expired = Base64.getEncoder().encodeToString("verlopen-sessie".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(get("/account").cookie(new Cookie("JSESSIONID", expired)))
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/login").param("expired", ""))
                .andExpect(content().string(containsString("U was een tijd niet actief")));
    }

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(redirectedUrl("/login"));
    }

    private RequestPostProcessor as(AccountKind kind) {
        var account = directory.createActive(uniqueEmail("web"), "Test", kind, "een lange zin als wachtwoord");
        lastAccount = account;
        var principal = new AccountPrincipal(account.id(), account.email(), account.displayName(), kind);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                principal,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_" + kind.name()))));
    }
}
