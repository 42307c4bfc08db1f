package nl.eenplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class LoginTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHouseholdMemberLogsInWithAPasswordAlone() throws Exception {
        var email = uniqueEmail("moeder");
        directory.createActive(email, "Moeder", AccountKind.CITIZEN, PASSWORD);

        var session = login(email, PASSWORD, "/");

        mvc.perform(get("/").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Welkom, Moeder")));
    }

    @Test
    void staffSeeNothingUntilTheyHaveEnrolledTheirAuthenticatorApp() throws Exception {
        var email = uniqueEmail("hulpverlener");
        directory.createActive(email, "Hulp", AccountKind.STAFF, PASSWORD);

        var session = login(email, PASSWORD, "/login/second-factor");
        mvc.perform(get("/").with(session)).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(get("/account").with(session)).andExpect(redirectedUrl("/login/second-factor"));

        var page = mvc.perform(get("/login/second-factor").with(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var secret = secretShownOn(page);

        mvc.perform(post("/login/second-factor").with(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Deze code klopt niet")));

        var sessionIdBefore = session.id();
        var enrolled = mvc.perform(post("/login/second-factor")
                        .with(session)
                        .with(csrf())
                        .param("code", SecondFactor.codeAt(secret, Instant.now())))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(enrolled.getResponse().getContentAsString()).contains("recovery-codes");
        assertThat(session.update(enrolled).id()).isNotEqualTo(sessionIdBefore);

        mvc.perform(get("/account").with(session)).andExpect(status().isOk());
    }

    @Test
    void anEnrolledStaffMemberLogsInWithACodeOrARecoveryCodeEachUsableOnce() throws Exception {
        var email = uniqueEmail("manager");
        directory.createActive(email, "Manager", AccountKind.STAFF, PASSWORD);
        var session = login(email, PASSWORD, "/login/second-factor");
        var secret = secretShownOn(mvc.perform(get("/login/second-factor").with(session))
                .andReturn()
                .getResponse()
                .getContentAsString());
        var codesPage = mvc.perform(post("/login/second-factor")
                        .with(session)
                        .with(csrf())
                        .param("code", SecondFactor.codeAt(secret, Instant.now())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var recoveryCode = firstRecoveryCodeOn(codesPage);

        var second = login(email, PASSWORD, "/login/second-factor");
        mvc.perform(post("/login/second-factor").with(second).with(csrf()).param("code", recoveryCode))
                .andExpect(redirectedUrl("/"));

        var third = login(email, PASSWORD, "/login/second-factor");
        mvc.perform(post("/login/second-factor").with(third).with(csrf()).param("code", recoveryCode))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Deze code klopt niet")));
        mvc.perform(post("/login/second-factor")
                        .with(third)
                        .with(csrf())
                        .param("code", SecondFactor.codeAt(secret, Instant.now().plusSeconds(30))))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void fiveWrongPasswordsLockTheLoginNameForAWhile() throws Exception {
        var email = uniqueEmail("buurman");
        directory.createActive(email, "Buurman", AccountKind.CITIZEN, PASSWORD);

        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(formLogin("/login").userParameter("email").user(email).password("fout wachtwoord"))
                    .andExpect(redirectedUrl("/login?error=failed"));
        }
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/login").param("error", "locked"))
                .andExpect(content().string(containsString("Wacht 15 minuten")));

        jdbc.sql("update login_throttle set locked_until = now() - interval '1 second' where login = ?")
                .param(email)
                .update();
        login(email, PASSWORD, "/");
    }

    @Test
    void anUnknownNameGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(uniqueEmail("niemand"))
                        .password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=failed"));
    }

    @Test
    void loggingOutEndsTheServerSession() throws Exception {
        var email = uniqueEmail("oma");
        directory.createActive(email, "Oma", AccountKind.CITIZEN, PASSWORD);
        var session = login(email, PASSWORD, "/");

        mvc.perform(post("/logout").with(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?")
                        .param(session.id())
                        .query(Long.class)
                        .single())
                .as("the session is gone from the database, for every node")
                .isZero();
        mvc.perform(get("/account").with(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void loginEventsAreInTheAccessLog() throws Exception {
        var email = uniqueEmail("tante");
        var account = directory.createActive(email, "Tante", AccountKind.CITIZEN, PASSWORD);
        login(email, PASSWORD, "/");

        var events = jdbc.sql("select event from audit_entry where account_id = ?")
                .param(account.id())
                .query(String.class)
                .list();
        assertThat(events).contains("LOGIN_PASSWORD_ACCEPTED");
    }

    private SessionCookie login(String email, String password, String expectedTarget) throws Exception {
        var result = mvc.perform(
                        formLogin("/login").userParameter("email").user(email).password(password))
                .andExpect(redirectedUrl(expectedTarget))
                .andReturn();
        return new SessionCookie().update(result);
    }

    /** The visitor's session cookie (sessions live in the database); a new session id replaces it. */
    private static final class SessionCookie implements RequestPostProcessor {

        private Cookie cookie;

        SessionCookie update(MvcResult result) {
            var fresh = result.getResponse().getCookie("JSESSIONID");
            if (fresh != null) {
                cookie = fresh;
            }
            return this;
        }

        /** The session id, as the cookie carries it (base64). */
        String id() {
            return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
        }

        @Override
        public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
            request.setCookies(cookie);
            return request;
        }
    }

    static String secretShownOn(String page) {
        var matcher = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(matcher.find()).as("enrolment page shows the secret").isTrue();
        return matcher.group(1).replace(" ", "");
    }

    static String firstRecoveryCodeOn(String page) {
        var matcher = Pattern.compile("<li>([a-z2-9]{5}-[a-z2-9]{5})</li>").matcher(page);
        assertThat(matcher.find()).as("page shows recovery codes").isTrue();
        return matcher.group(1);
    }
}
