package nl.eenplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class InvitationTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInvitedPersonGetsAMailWithALinkAndChoosesAPassword() throws Exception {
        var email = uniqueEmail("vader");
        directory.invite(email, "Vader Jansen", AccountKind.CITIZEN, null);

        var mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Uitnodiging voor EenPlan");
        var body = (String) mail.getContent();
        var path = URI.create(linkIn(body)).getPath();
        assertThat(path).startsWith("/invitation/");
        assertThat(jdbc.sql("select count(*) from invitation where token_hash = ?")
                        .param(path.substring("/invitation/".length()))
                        .query(Integer.class)
                        .single())
                .as("the link's token is stored only as a hash")
                .isZero();

        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Vader Jansen")));
        mvc.perform(post(path).with(csrf()).param("password", PASSWORD).param("repeat", PASSWORD))
                .andExpect(redirectedUrl("/login?activated"));

        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get(path)).andExpect(content().string(containsString("Deze link werkt niet meer")));
    }

    @Test
    void aBadPasswordIsExplainedAndChangesNothing() throws Exception {
        var email = uniqueEmail("buurvrouw");
        var account = directory.invite(email, "Buurvrouw", AccountKind.CITIZEN, null);
        var path = URI.create(linkIn((String) awaitMailTo(email).getContent())).getPath();

        mvc.perform(post(path).with(csrf()).param("password", "kort").param("repeat", "kort"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Het wachtwoord is te kort")));
        mvc.perform(post(path).with(csrf()).param("password", PASSWORD).param("repeat", PASSWORD + "x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("De twee wachtwoorden zijn niet hetzelfde")));
        mvc.perform(post(path).with(csrf()).param("password", "").param("repeat", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vul een wachtwoord in")));

        assertThat(directory.find(account.id()).orElseThrow().active()).isFalse();
    }

    @Test
    void anExpiredOrReplacedLinkNoLongerWorks() throws Exception {
        var email = uniqueEmail("opa");
        var account = directory.invite(email, "Opa", AccountKind.CITIZEN, null);
        var first = URI.create(linkIn((String) awaitMailTo(email).getContent())).getPath();

        directory.reinvite(account.id(), null);
        mvc.perform(get(first)).andExpect(content().string(containsString("Deze link werkt niet meer")));
        mvc.perform(post(first).with(csrf()).param("password", PASSWORD).param("repeat", PASSWORD))
                .andExpect(content().string(containsString("Deze link werkt niet meer")));

        jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where account_id = ?")
                .param(account.id())
                .update();
        mvc.perform(get("/invitation/onzin")).andExpect(content().string(containsString("Deze link werkt niet meer")));
        assertThat(directory.find(account.id()).orElseThrow().active()).isFalse();
    }

    @Test
    void oneAddressHasOneAccount() {
        var email = uniqueEmail("dubbel");
        directory.invite(email, "Eerste", AccountKind.CITIZEN, null);

        assertThatThrownBy(() -> directory.invite(email.toUpperCase(), "Tweede", AccountKind.CITIZEN, null))
                .isInstanceOf(EmailAddressTaken.class);
    }
}
