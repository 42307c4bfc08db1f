package nl.eenplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Changing one's own password and turning logging in with an app on and off, through the pages,
 * with real sessions in PostgreSQL and mail through a real SMTP server.
 */
class AccountSelfServiceTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";
    private static final String NEW_PASSWORD = "fietsen langs de rivier in mei";

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName(
            "X-1: changing the password asks the current one, ends the other sessions, mails a notice and is logged")
    void changingThePasswordEndsTheOtherSessionsAndIsLogged() throws Exception {
        var email = uniqueEmail("moeder");
        var account = directory.createActive(email, "Mira Moeder", AccountKind.CITIZEN, PASSWORD);
        var laptop = SessionCookie.logIn(mvc, email, PASSWORD, "/");
        var phone = SessionCookie.logIn(mvc, email, PASSWORD, "/");

        mvc.perform(post("/account/password")
                        .with(laptop)
                        .with(csrf())
                        .param("current", "niet mijn wachtwoord hoor")
                        .param("password", NEW_PASSWORD)
                        .param("repeat", NEW_PASSWORD))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Uw huidige wachtwoord klopt niet.")));
        mvc.perform(post("/account/password")
                        .with(laptop)
                        .with(csrf())
                        .param("current", PASSWORD)
                        .param("password", "kort")
                        .param("repeat", "kort"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Het wachtwoord is te kort.")));
        assertThat(events(account.id())).doesNotContain("PASSWORD_CHANGED");
        mvc.perform(get("/").with(phone)).andExpect(status().isOk());

        mvc.perform(post("/account/password")
                        .with(laptop)
                        .with(csrf())
                        .param("current", PASSWORD)
                        .param("password", NEW_PASSWORD)
                        .param("repeat", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/").with(laptop)).andExpect(status().isOk());
        mvc.perform(get("/").with(phone)).andExpect(status().is3xxRedirection());
        var mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Uw wachtwoord is gewijzigd");
        assertThat(events(account.id())).contains("PASSWORD_CHANGED");
        SessionCookie.logIn(mvc, email, NEW_PASSWORD, "/");
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=failed"));
    }

    @Test
    @DisplayName(
            "X-1: a citizen turns logging in with an app on, is asked for a code at login, and turns it off with a recovery code")
    void aCitizenTurnsTheAppOnAndOffAgain() throws Exception {
        var email = uniqueEmail("vader");
        var account = directory.createActive(email, "Victor Vader", AccountKind.CITIZEN, PASSWORD);
        var session = SessionCookie.logIn(mvc, email, PASSWORD, "/");

        var page = mvc.perform(get("/account/second-factor").with(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var secret = LoginTests.secretShownOn(page);
        mvc.perform(post("/account/second-factor").with(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isUnprocessableContent());
        var codes = mvc.perform(post("/account/second-factor")
                        .with(session)
                        .with(csrf())
                        .param("code", SecondFactor.codeAt(secret, Instant.now())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var recoveryCode = LoginTests.firstRecoveryCodeOn(codes);
        assertThat(events(account.id())).contains("SECOND_FACTOR_TURNED_ON");

        var next = SessionCookie.logIn(mvc, email, PASSWORD, "/login/second-factor");
        mvc.perform(get("/").with(next)).andExpect(redirectedUrl("/login/second-factor"));
        next.update(
                mvc.perform(post("/login/second-factor").with(next).with(csrf()).param("code", recoveryCode))
                        .andExpect(redirectedUrl("/"))
                        .andReturn());

        mvc.perform(post("/account/second-factor/off").with(next).with(csrf()).param("code", "000000"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/account/second-factor/off")
                        .with(next)
                        .with(csrf())
                        .param("code", SecondFactor.codeAt(secret, Instant.now().plusSeconds(30))))
                .andExpect(redirectedUrl("/account"));
        assertThat(events(account.id())).contains("SECOND_FACTOR_TURNED_OFF");
        assertThat(jdbc.sql("select count(*) from recovery_code where account_id = ?")
                        .param(account.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        SessionCookie.logIn(mvc, email, PASSWORD, "/");
    }

    @Test
    @DisplayName("Login throttling stays intact: wrong current passwords count as failed logins and lock the name")
    void wrongCurrentPasswordsLockTheLoginAsWrongPasswordsDo() throws Exception {
        var email = uniqueEmail("oma");
        directory.createActive(email, "Oma Olga", AccountKind.CITIZEN, PASSWORD);
        var session = SessionCookie.logIn(mvc, email, PASSWORD, "/");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(post("/account/password")
                            .with(session)
                            .with(csrf())
                            .param("current", "raden raden raden " + i)
                            .param("password", NEW_PASSWORD)
                            .param("repeat", NEW_PASSWORD))
                    .andExpect(status().isUnprocessableContent());
        }
        mvc.perform(post("/account/password")
                        .with(session)
                        .with(csrf())
                        .param("current", PASSWORD)
                        .param("password", NEW_PASSWORD)
                        .param("repeat", NEW_PASSWORD))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("U heeft te vaak iets verkeerds ingevuld.")));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
    }

    @Test
    void staffCannotTurnTheirAppOff() throws Exception {
        var email = uniqueEmail("hulp");
        var account = directory.createActive(email, "Hanna Hulp", AccountKind.STAFF, PASSWORD);
        var principal = new AccountPrincipal(account.id(), email, "Hanna Hulp", AccountKind.STAFF);
        mvc.perform(post("/account/second-factor/off")
                        .with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                                principal, null, List.of(new SimpleGrantedAuthority(Authorities.USER)))))
                        .with(csrf())
                        .param("code", "123456"))
                .andExpect(status().isForbidden());
    }

    private List<String> events(UUID accountId) {
        return jdbc.sql("select event from audit_entry where subject_type = 'account' and subject_id = ? order by id")
                .param(accountId.toString())
                .query(String.class)
                .list();
    }
}
