package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.testing.HttpVisitor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * X-1 (NEN 7513): nobody who may append to the access log can jam it. A row put in from outside the
 * chain, with the role and connection EenPlan itself uses, is refused by the database; logins and
 * logged reads go on, and the chain still verifies.
 */
class AuditChainJamTests extends AuditTest {

    @Autowired
    AuditChain chain;

    @Autowired
    ApiTokens tokens;

    @Test
    @DisplayName("X-1: a row with a higher id from outside the chain is refused; logins and logged reads go on")
    void aForeignRowIsRefusedAndLoggingGoesOn() throws Exception {
        hannaReadsThePlan();
        var head = newest();

        // As in the report: a higher id, pointing to the head, with a made-up hash.
        assertRefused(foreign(head.id() + 1_000, head.hash(), "f".repeat(64)));
        // The same with the right hash of its fields: its id was not handed out by EenPlan.
        var sealed = foreign(head.id() + 1_000, head.hash(), null);
        assertRefused(withHash(sealed));
        // One that points elsewhere than the head, with an id from the sequence and the right hash.
        assertRefused(withHash(foreign(nextId(), "1".repeat(64), null)));
        assertThat(jdbc.sql("select count(*) from audit_entry where detail = 'van buiten'")
                        .query(Integer.class)
                        .single())
                .isZero();

        // A login and a logged page read, over HTTP, answer as ever and are logged.
        var sanneVisits = new HttpVisitor(baseUrl()).openLoginPage();
        assertThat(HttpVisitor.location(sanneVisits.submitLogin(sanne.email(), PASSWORD)))
                .isEqualTo("/");
        var page = sanneVisits.get("/households/" + household + "/plan");
        assertThat(page.statusCode()).isEqualTo(200);
        // And a logged read through the API.
        var token = tokens.issue(hanna.id(), "koppeling", ApiScope.READ, 7);
        var api = new HttpVisitor(baseUrl())
                .get("/api/v1/households/" + household + "/plan", "Authorization", "Bearer " + token.secret());
        assertThat(api.statusCode()).isEqualTo(200);

        assertThat(events(sanne)).contains("PLAN_READ");
        assertThat(events(hanna)).contains("PLAN_READ");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where account_id = ? and event = 'LOGIN_PASSWORD_ACCEPTED'")
                        .param(sanne.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        var verdict = chain.verify();
        assertThat(verdict.intact()).as(verdict.summary()).isTrue();
    }

    @Test
    @DisplayName("X-1: a row that truly extends the chain joins it, and the next entries link to it")
    void aRowThatExtendsTheChainJoinsIt() {
        hannaReadsThePlan();
        var head = newest();
        var joined = withHash(foreign(nextId(), head.hash(), null));

        transactions.executeWithoutResult(status -> ChainWriter.insert(jdbc, joined, joined.hash()));
        hannaReadsThePlan();

        assertThat(jdbc.sql("select count(*) from audit_entry where previous_hash = ?")
                        .param(joined.hash())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        var verdict = chain.verify();
        assertThat(verdict.intact()).as(verdict.summary()).isTrue();
    }

    private void assertRefused(AuditEntry row) {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> ChainWriter.insert(jdbc, row, row.hash())))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("audit_entry " + row.id() + " refused");
    }

    private AuditEntry foreign(long id, String previousHash, String hash) {
        return new AuditEntry(
                id,
                EntryHash.storable(Instant.now()),
                hanna.id(),
                null,
                "PLAN_READ",
                "plan",
                null,
                household,
                "van buiten",
                null,
                null,
                previousHash,
                hash);
    }

    private static AuditEntry withHash(AuditEntry e) {
        return new AuditEntry(
                e.id(),
                e.occurredAt(),
                e.accountId(),
                e.onBehalfOf(),
                e.event(),
                e.subjectType(),
                e.subjectId(),
                e.householdId(),
                e.detail(),
                e.memberId(),
                e.basis(),
                e.previousHash(),
                EntryHash.of(e));
    }

    private long nextId() {
        return jdbc.sql("select nextval('audit_entry_id_seq')")
                .query(Long.class)
                .single();
    }

    private AuditEntry newest() {
        return jdbc.sql("select * from audit_entry order by id desc limit 1")
                .query((rs, n) -> AuditChain.entry(rs))
                .single();
    }
}
