package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.eenplan.database.EmbeddedDatabase;
import nl.eenplan.testing.AsOwner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** X-1, X-6 (NEN 7513): the access log is append-only, and its hash chain shows any change. */
class AuditChainTests extends AuditTest {

    private static final String DISABLE = "alter table audit_entry disable trigger audit_entry_append_only";
    private static final String ENABLE = "alter table audit_entry enable trigger audit_entry_append_only";

    @Autowired
    AuditChain chain;

    @Autowired
    EmbeddedDatabase database;

    @Test
    @DisplayName("X-1: an entry keeps its member, basis and the hash of its fields, and is sealed once committed")
    void anEntryIsStoredWithItsMemberBasisAndHashAndSealed() {
        var before = lastEntryId();
        transactions.executeWithoutResult(
                status -> audit.record(new AuditEvent(hanna.id(), null, "PLAN_READ", "plan", null, household, "a|b\\c")
                        .about(member("Sara").id())
                        .on(AccessBasis.participation(participant("Hanna").id()))));

        var entry = newest();
        assertThat(entry.id()).isGreaterThan(before);
        assertThat(entry.memberId()).isEqualTo(member("Sara").id());
        assertThat(entry.basis())
                .isEqualTo("participation:" + participant("Hanna").id());
        assertThat(entry.hash()).hasSize(64).isEqualTo(EntryHash.of(entry));
        assertThat(entry.previousHash()).as("no chain of entries any more").isNull();
        sealAll();
        assertThat(sealed(entry.id())).isTrue();
        var verdict = chain.verify();
        assertThat(verdict.intact()).as(verdict.summary()).isTrue();
        assertThat(verdict.unsealed()).isZero();
        assertThat(verdict.headHash())
                .isEqualTo(jdbc.sql("select hash from audit_seal order by seq desc limit 1")
                        .query(String.class)
                        .single());
    }

    @Test
    @DisplayName("X-1: the database writes the same canonical text and hash as EenPlan (V10 chained older entries so)")
    void theSqlFunctionAgreesWithTheJavaHash() {
        transactions.executeWithoutResult(status -> audit.record(
                new AuditEvent(hanna.id(), UUID.randomUUID(), "PLAN_READ", "plan", "x|y", household, "ë \\N ü")
                        .about(member("Daan").id())
                        .on(AccessBasis.self())));
        var entry = newest();

        var sql = jdbc.sql("""
                        select audit_entry_canonical(e) as canonical,
                          encode(sha256(convert_to(audit_entry_canonical(e), 'UTF8')), 'hex') as hash
                        from audit_entry e where id = ?
                        """)
                .param(entry.id())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();

        assertThat(sql[0]).isEqualTo(EntryHash.canonical(entry));
        assertThat(sql[1]).isEqualTo(entry.hash());
    }

    @Test
    @DisplayName("X-1: the database refuses to change, delete or truncate entries, to EenPlan and to the owner")
    void theDatabaseRefusesChangesToTheLog() {
        hannaReadsThePlan();
        var id = newest().id();

        for (var statement : new String[] {
            "update audit_entry set detail = 'x' where id = " + id,
            "delete from audit_entry where id = " + id,
            "truncate audit_entry"
        }) {
            // EenPlan's role lacks the privilege; the owner, who has it, meets the trigger.
            assertThatThrownBy(() -> jdbc.sql(statement).update())
                    .isInstanceOf(DataAccessException.class)
                    .hasStackTraceContaining("permission denied");
            assertThatThrownBy(() -> AsOwner.jdbc(database).sql(statement).update())
                    .isInstanceOf(DataAccessException.class)
                    .hasStackTraceContaining("append-only");
        }
        assertThatThrownBy(() -> jdbc.sql(DISABLE).update())
                .as("EenPlan's role cannot switch the trigger off")
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("must be owner");
        assertThat(jdbc.sql("select count(*) from audit_entry where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("X-1: a changed entry is found: the check names exactly that entry")
    void aTamperedEntryIsReported() {
        hannaReadsThePlan();
        hannaReadsThePlan();
        var tampered = entryBefore(newest().id());
        assertThat(tampered.event()).isEqualTo("PLAN_READ");
        assertThat(tampered.detail()).isNull();
        sealAll();
        assertThat(chain.verify().intact()).isTrue();

        bypassingTheTrigger("update audit_entry set detail = 'niets gezien' where id = " + tampered.id());
        try {
            var verdict = chain.verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenEntryId()).isEqualTo(tampered.id());
            assertThat(verdict.problem()).isEqualTo(ChainVerdict.Problem.CHANGED);
            assertThat(verdict.summary()).contains("broken at entry " + tampered.id());
        } finally {
            bypassingTheTrigger("update audit_entry set detail = null where id = " + tampered.id());
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("X-1: a removed entry is found: the check names the seal that sealed it")
    void aRemovedEntryIsReported() {
        hannaReadsThePlan();
        hannaReadsThePlan();
        var removed = entryBefore(newest().id());
        sealAll();
        var transaction = transactionOf(removed.id());

        bypassingTheTrigger("delete from audit_entry where id = " + removed.id());
        try {
            var verdict = chain.verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenSeal()).isEqualTo(sealOf(removed.id(), transaction));
            assertThat(verdict.problem()).isEqualTo(ChainVerdict.Problem.NOT_AS_SEALED);
        } finally {
            putBack(removed, transaction);
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("X-1: an entry put in among sealed ones is found; the application's role cannot even try")
    void anEntryInsertedOutOfOrderIsReported() {
        hannaReadsThePlan();
        sealAll();
        var old = "select from_transaction from audit_seal order by seq desc limit 1";
        // The application's role may insert, but its entry gets the transaction that writes it, not an old one.
        var claimed = hannasEntry(nextEntryId(), "erbij gezet");
        insertClaiming(jdbc, claimed, EntryHash.of(claimed), old);
        assertThat(transactionOf(claimed.id()))
                .isNotEqualTo(jdbc.sql(old.replace("from_transaction", "from_transaction::text"))
                        .query(String.class)
                        .single());
        sealAll();
        assertThat(chain.verify().intact()).isTrue();

        // The owner, with the trigger off, can put one among the sealed entries: the check finds it.
        var forged = hannasEntry(nextEntryId(), "erbij gezet");
        insertAsOwnerClaiming(database, forged, EntryHash.of(forged), old);
        try {
            var verdict = chain.verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.problem()).isEqualTo(ChainVerdict.Problem.NOT_AS_SEALED);
            assertThat(verdict.brokenSeal()).isEqualTo(newestSeal());
        } finally {
            bypassingTheTrigger("delete from audit_entry where id = " + forged.id());
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("X-1: entries of a transaction that rolls back are not written, and the chain stays whole")
    void aRolledBackAccessLeavesNoEntry() {
        var before = lastEntryId();
        transactions.executeWithoutResult(status -> {
            audit.record(AuditEvent.of(hanna.id(), "PLAN_READ"));
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from audit_entry where id > ? and account_id = ?")
                        .params(before, hanna.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("X-1: sixteen writers append at once; every entry is sealed and the log verifies")
    void concurrentAccessesAreAllSealed() throws Exception {
        var tasks = new ArrayList<Callable<Void>>();
        for (int i = 0; i < 16; i++) {
            tasks.add(() -> {
                for (int j = 0; j < 5; j++) {
                    transactions.executeWithoutResult(status -> {
                        audit.record(AuditEvent.of(hanna.id(), "PLAN_READ"));
                        audit.record(AuditEvent.of(hanna.id(), "TEAM_READ"));
                    });
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (var result : pool.invokeAll(tasks)) {
                result.get();
            }
        }
        sealAll();

        var verdict = chain.verify();
        assertThat(verdict.intact()).as(verdict.summary()).isTrue();
        assertThat(verdict.unsealed()).isZero();
        assertThat(audit.ofAccount(hanna.id(), 200)).hasSizeGreaterThanOrEqualTo(160);
    }

    private AuditEntry newest() {
        return jdbc.sql("select * from audit_entry order by id desc limit 1")
                .query((rs, n) -> AuditChain.entry(rs))
                .single();
    }

    private AuditEntry entryBefore(long id) {
        return jdbc.sql("select * from audit_entry where id < ? order by id desc limit 1")
                .param(id)
                .query((rs, n) -> AuditChain.entry(rs))
                .single();
    }

    /** As only the table's owner can: switch the trigger off for one statement, in one transaction. */
    private void bypassingTheTrigger(String statement) {
        AsOwner.inOneTransaction(database, DISABLE, statement, ENABLE);
    }

    /** As only the table's owner can: puts a removed entry back, with the transaction that wrote it. */
    private void putBack(AuditEntry e, String transaction) {
        AsOwner.inOneTransaction(database, owner -> {
            EntryWriter.insert(owner, e, e.hash());
            owner.sql(DISABLE).update();
            owner.sql("update audit_entry set transaction_id = ?::xid8 where id = ?")
                    .params(transaction, e.id())
                    .update();
            owner.sql(ENABLE).update();
        });
    }

    private String transactionOf(long entryId) {
        return jdbc.sql("select transaction_id::text from audit_entry where id = ?")
                .param(entryId)
                .query(String.class)
                .single();
    }

    private long sealOf(long entryId, String transaction) {
        return jdbc.sql("select seq from audit_seal where ?::xid8 >= from_transaction and ?::xid8 < to_transaction")
                .params(transaction, transaction)
                .query(Long.class)
                .single();
    }

    private long newestSeal() {
        return jdbc.sql("select max(seq) from audit_seal").query(Long.class).single();
    }
}
