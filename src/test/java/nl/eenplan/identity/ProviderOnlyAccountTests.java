package nl.eenplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An account that logs in only through the identity provider (ADR 0029: invited, accepted at its
 * first login there, no password) can log in, so its API tokens work (ADR 0008); it still has no
 * password, so the password login, reset and change refuse it.
 */
class ProviderOnlyAccountTests extends EenPlanTest {

    @Autowired
    AccountDirectory directory;

    @Autowired
    ProviderLogin providerLogin;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PasswordResets resets;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("An account that logs in only through the identity provider uses its API token")
    void aProviderOnlyAccountUsesItsToken() throws Exception {
        var account = providerOnlyAccount("koppeling");
        var issued = tokens.issue(account.id(), "rapportage", ApiScope.READ, 30);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(account.id().toString()));
    }

    @Test
    @DisplayName("A deactivated account of the identity provider has its API token refused")
    void aDeactivatedProviderOnlyAccountIsRefused() throws Exception {
        var account = providerOnlyAccount("uit");
        var issued = tokens.issue(account.id(), "rapportage", ApiScope.READ, 30);
        // Only the rule of the account: deactivating through the administration revokes the tokens too.
        jdbc.sql("update account set deactivated_at = ? where id = ?")
                .params(Timestamp.from(Instant.now()), account.id())
                .update();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("An account of the identity provider without a password cannot log in or reset one")
    void aProviderOnlyAccountHasNoPasswordLogin() throws Exception {
        var account = providerOnlyAccount("geenwachtwoord");

        for (var password : new String[] {"een lange zin als wachtwoord", ""}) {
            mvc.perform(formLogin("/login")
                            .userParameter("email")
                            .user(account.email())
                            .password(password))
                    .andExpect(redirectedUrl("/login?error=failed"));
        }
        resets.request(account.email());
        assertThat(jdbc.sql("select count(*) from password_reset where account_id = ?")
                        .param(account.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest(name = "active {0}, password {1}, deactivated {2}: can log in {3}")
    @CsvSource({
        "true,  true,  false, true",
        "true,  false, false, true",
        "true,  true,  true,  false",
        "true,  false, true,  false",
        "false, false, false, false",
        "false, true,  false, false",
        "false, false, true,  false",
        "false, true,  true,  false"
    })
    @DisplayName("Whether an account can log in is decided alike in Java and in SQL")
    void theRuleIsTheSameInJavaAndInSql(boolean active, boolean password, boolean deactivated, boolean expected) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into account (id, version, email, display_name, kind, password_hash, active, locale,
                                     created_at, deactivated_at)
                values (?, 0, ?, 'Regel', 'CITIZEN', ?, ?, 'nl', now(), ?)
                """)
                .params(
                        id,
                        uniqueEmail("regel"),
                        password ? "{bcrypt}$2a$10$geen.wachtwoord.past.hierbij" : null,
                        active,
                        deactivated ? Timestamp.from(Instant.now()) : null)
                .update();

        var inSql = jdbc.sql("select count(*) from account a where a.id = ? and " + Account.CAN_LOG_IN)
                        .param(id)
                        .query(Integer.class)
                        .single()
                == 1;
        assertThat(accounts.findById(id).orElseThrow().canLogIn()).isEqualTo(expected);
        assertThat(inSql).isEqualTo(expected);
    }

    /** Invited, then accepted at a first login through the identity provider: active, no password. */
    private AccountSummary providerOnlyAccount(String name) {
        var invited = directory.invite(uniqueEmail(name), "Via aanbieder", AccountKind.CITIZEN, null);
        providerLogin.match(invited.email(), true);
        var account = accounts.findById(invited.id()).orElseThrow();
        assertThat(account.active()).isTrue();
        assertThat(account.hasPassword()).isFalse();
        return invited;
    }
}
