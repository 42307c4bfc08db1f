package nl.eenplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Arrays;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Wachtwoord vergeten" from request to new password, with the mail through a real SMTP server. */
class PasswordResetTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";
    private static final String NEW_PASSWORD = "de kat slaapt op de bank";

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("X-1: a link by mail sets a new password once; the link is stored hashed and the reset is logged")
    void aLinkByMailSetsANewPasswordOnce() throws Exception {
        var email = uniqueEmail("moeder");
        var account = directory.createActive(email, "Mira Moeder", AccountKind.CITIZEN, PASSWORD);
        var before = SessionCookie.logIn(mvc, email, PASSWORD, "/");

        mvc.perform(post("/forgot-password").with(csrf()).param("email", email.toUpperCase()))
                .andExpect(redirectedUrl("/forgot-password/sent"));
        var mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Nieuw wachtwoord voor EenPlan");
        var link = linkIn((String) mail.getContent());
        var path = link.substring(baseUrl().length());
        var token = path.substring("/reset-password/".length());
        assertThat(jdbc.sql("select token_hash from password_reset where account_id = ?")
                        .param(account.id())
                        .query(String.class)
                        .single())
                .isNotEqualTo(token)
                .hasSize(64);

        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString(email)));
        mvc.perform(post(path).with(csrf()).param("password", "kort").param("repeat", "kort"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(path).with(csrf()).param("password", NEW_PASSWORD).param("repeat", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?reset"));

        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(post(path).with(csrf()).param("password", PASSWORD + "!").param("repeat", PASSWORD + "!"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/").with(before)).andExpect(status().is3xxRedirection());
        SessionCookie.logIn(mvc, email, NEW_PASSWORD, "/");
        assertThat(jdbc.sql("select event from audit_entry where subject_type = 'account' and subject_id = ?")
                        .param(account.id().toString())
                        .query(String.class)
                        .list())
                .contains("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET");
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAccountExistsAndNoMailGoesToAStranger() throws Exception {
        var stranger = uniqueEmail("niemand");
        var known = uniqueEmail("bekend");
        directory.createActive(known, "Bea Bekend", AccountKind.CITIZEN, PASSWORD);

        var forStranger = mvc.perform(post("/forgot-password").with(csrf()).param("email", stranger))
                .andExpect(redirectedUrl("/forgot-password/sent"))
                .andReturn();
        var forKnown = mvc.perform(post("/forgot-password").with(csrf()).param("email", known))
                .andExpect(redirectedUrl("/forgot-password/sent"))
                .andReturn();
        assertThat(forStranger.getResponse().getStatus())
                .isEqualTo(forKnown.getResponse().getStatus());
        awaitMailTo(known);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).flatMap(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .noneMatch(a -> a.toString().equalsIgnoreCase(stranger));
        mvc.perform(post("/forgot-password").with(csrf()).param("email", "geen adres"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void atMostThreeLinksAnHourGoToOneAccount() throws Exception {
        var email = uniqueEmail("vader");
        var account = directory.createActive(email, "Victor Vader", AccountKind.CITIZEN, PASSWORD);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/forgot-password").with(csrf()).param("email", email))
                    .andExpect(redirectedUrl("/forgot-password/sent"));
        }
        assertThat(jdbc.sql("select count(*) from password_reset where account_id = ?")
                        .param(account.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(PasswordResets.PER_HOUR);
        assertThat(jdbc.sql("select count(*) from password_reset where account_id = ? and expires_at > now()")
                        .param(account.id())
                        .query(Integer.class)
                        .single())
                .as("only the newest link works")
                .isOne();
    }

    @Test
    void aNewPasswordDoesNotSkipTheSecondFactor() throws Exception {
        var email = uniqueEmail("hulp");
        directory.createActive(email, "Hanna Hulp", AccountKind.STAFF, PASSWORD);
        var session = SessionCookie.logIn(mvc, email, PASSWORD, "/login/second-factor");
        var secret =
                LoginTests.secretShownOn(mvc.perform(get("/login/second-factor").with(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        mvc.perform(post("/login/second-factor")
                        .with(session)
                        .with(csrf())
                        .param("code", SecondFactor.codeAt(secret, Instant.now())))
                .andExpect(status().isOk());

        mvc.perform(post("/forgot-password").with(csrf()).param("email", email));
        var path = linkIn((String) awaitMailTo(email).getContent())
                .substring(baseUrl().length());
        mvc.perform(post(path).with(csrf()).param("password", NEW_PASSWORD).param("repeat", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?reset"));

        var after = SessionCookie.logIn(mvc, email, NEW_PASSWORD, "/login/second-factor");
        mvc.perform(get("/").with(after)).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(get("/login/second-factor").with(after))
                .andExpect(content().string(containsString("Code uit uw app")));
    }
}
