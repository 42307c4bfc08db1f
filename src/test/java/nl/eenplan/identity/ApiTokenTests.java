package nl.eenplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ApiTokenTests extends EenPlanTest {

    @Autowired
    AccountDirectory directory;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenActsForItsOwnerWithinItsScope() throws Exception {
        var account = directory.createActive(
                uniqueEmail("api"), "Koppeling", AccountKind.STAFF, "een lange zin als wachtwoord");
        var issued = tokens.issue(account.id(), "rapportage", ApiScope.READ, 30);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(account.id().toString()))
                .andExpect(jsonPath("$.scopes[0]").value("read"));
        mvc.perform(post("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isForbidden());
        assertThat(tokens.of(account.id()).getFirst().lastUsedAt()).isNotNull();
    }

    @Test
    void theSecretIsStoredOnlyAsAHash() {
        var account = directory.createActive(
                uniqueEmail("hash"), "Hash", AccountKind.CITIZEN, "een lange zin als wachtwoord");
        var issued = tokens.issue(account.id(), "test", ApiScope.READ_WRITE, 7);

        var stored = jdbc.sql("select token_hash from api_token where id = ?")
                .param(issued.token().id())
                .query(String.class)
                .single();
        assertThat(stored)
                .isNotEqualTo(issued.secret())
                .doesNotContain(issued.secret().substring(8));
    }

    @Test
    void revokedExpiredAndUnknownTokensAreRefused() throws Exception {
        var account =
                directory.createActive(uniqueEmail("weg"), "Weg", AccountKind.CITIZEN, "een lange zin als wachtwoord");
        var revoked = tokens.issue(account.id(), "oud", ApiScope.READ, 30);
        var expired = tokens.issue(account.id(), "verlopen", ApiScope.READ, 30);
        tokens.revoke(account.id(), revoked.token().id());
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where id = ?")
                .param(expired.token().id())
                .update();

        for (var secret : new String[] {revoked.secret(), expired.secret(), "eenplan_onbekend", "x"}) {
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("Content-Type", "application/problem+json"));
        }
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.title").value("Niet ingelogd"))
                .andExpect(jsonPath("$.detail").value("Stuur een geldige persoonlijke API-sleutel mee."));
        mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Not logged in"));
    }

    @Test
    void aReadTokenThatWritesIsRefusedInDutch() throws Exception {
        var account = directory.createActive(
                uniqueEmail("lezer"), "Lezer", AccountKind.CITIZEN, "een lange zin als wachtwoord");
        var read = tokens.issue(account.id(), "alleen lezen", ApiScope.READ, 30);

        mvc.perform(post("/api/v1/households")
                        .header("Authorization", "Bearer " + read.secret())
                        .contentType("application/json")
                        .content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.title").value("Geen toegang"));
    }

    @Test
    void nobodyRevokesAnotherPersonsToken() {
        var owner = directory.createActive(
                uniqueEmail("eigenaar"), "Eigenaar", AccountKind.CITIZEN, "een lange zin als wachtwoord");
        var other = directory.createActive(
                uniqueEmail("ander"), "Ander", AccountKind.CITIZEN, "een lange zin als wachtwoord");
        var issued = tokens.issue(owner.id(), "mijn", ApiScope.READ, 30);

        assertThat(tokens.revoke(other.id(), issued.token().id())).isFalse();
        assertThat(tokens.of(owner.id()).getFirst().revokedAt()).isNull();
    }
}
