package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import nl.eenplan.database.EmbeddedDatabase;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.testing.AsOwner;
import nl.eenplan.testing.HttpVisitor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * X-1 (NEN 7513): nobody who may append to the access log can jam it. Appends do not wait for each
 * other, so a transaction that keeps a row of its own open holds up no login and no logged read; a row
 * put in from outside with a made-up hash is named by the check.
 */
class AuditChainJamTests extends AuditTest {

    @Autowired
    AuditChain chain;

    @Autowired
    ApiTokens tokens;

    @Autowired
    DataSource dataSource;

    @Autowired
    EmbeddedDatabase database;

    @Test
    @DisplayName("X-1: a transaction that keeps a row from outside open holds up no append; logins and reads go on")
    void anOpenForeignRowHoldsUpNothing() throws Exception {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var outside = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            EntryWriter.insert(outside, hannasEntry(nextEntryId(), "van buiten"), "f".repeat(64));

            // A login and a logged page read, over HTTP, answer as ever and are logged.
            var sanneVisits = new HttpVisitor(baseUrl()).openLoginPage();
            assertThat(HttpVisitor.location(sanneVisits.submitLogin(sanne.email(), PASSWORD)))
                    .isEqualTo("/");
            assertThat(sanneVisits.get("/households/" + household + "/plan").statusCode())
                    .isEqualTo(200);
            var token = tokens.issue(hanna.id(), "koppeling", ApiScope.READ, 7);
            var api = new HttpVisitor(baseUrl())
                    .get("/api/v1/households/" + household + "/plan", "Authorization", "Bearer " + token.secret());
            assertThat(api.statusCode()).isEqualTo(200);
            connection.rollback();
        }
        assertThat(events(sanne)).contains("PLAN_READ");
        assertThat(events(hanna)).contains("PLAN_READ");
        assertThat(jdbc.sql("select count(*) from audit_entry where detail = 'van buiten'")
                        .query(Integer.class)
                        .single())
                .isZero();
        sealAll();
        var verdict = chain.verify();
        assertThat(verdict.intact()).as(verdict.summary()).isTrue();
    }

    @Test
    @DisplayName("X-1: a row put in from outside with a made-up hash is named by the check")
    void aForeignRowWithAMadeUpHashIsNamed() {
        hannaReadsThePlan();
        var row = hannasEntry(nextEntryId(), "van buiten");
        // Named as written by a transaction far ahead, so it stays unsealed and can be taken out again
        // without touching a seal (as the owner only; the application's entries name their own).
        insertAsOwnerClaiming(database, row, "f".repeat(64), "select '1099511627776'::xid8");
        try {
            hannaReadsThePlan();
            var verdict = chain.verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenEntryId()).isEqualTo(row.id());
            assertThat(verdict.problem()).isEqualTo(ChainVerdict.Problem.CHANGED);
        } finally {
            AsOwner.inOneTransaction(
                    database,
                    "alter table audit_entry disable trigger audit_entry_append_only",
                    "delete from audit_entry where id = " + row.id(),
                    "alter table audit_entry enable trigger audit_entry_append_only");
        }
        sealAll();
        assertThat(chain.verify().intact()).isTrue();
    }
}
