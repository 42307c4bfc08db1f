package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.eenplan.database.EmbeddedDatabase;
import nl.eenplan.testing.AsOwner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * X-1, X-6 (NEN 7513): the access log is sealed in batches by a sealer that seals only what is
 * committed, into a chain of seals with signed checkpoints; rewriting entries and seals without the
 * key is found, and nothing still in flight is passed over.
 */
class AuditSealTests extends AuditTest {

    /** The sealer's advisory lock (V30, "EPSL"). */
    private static final long SEAL_LOCK = 0x4550_534CL;

    @Autowired
    AuditChain chain;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    DataSource dataSource;

    @Test
    @DisplayName("X-1: an entry committed after a later-id entry was sealed is still sealed later, never lost")
    void nothingInFlightIsPassedOver() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var longOne = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            // A long transaction draws its entry's id first, and writes nothing yet.
            var earlyId = longOne.sql("select nextval('audit_entry_id_seq')")
                    .query(Long.class)
                    .single();
            hannaReadsThePlan();
            var later = lastEntryId();
            assertThat(later).isGreaterThan(earlyId);
            sealAll();
            assertThat(sealed(later)).as("the later id is sealed first").isTrue();

            // Now it writes its entry with the earlier id, and keeps its transaction open.
            var entry = hannasEntry(earlyId, "lang bezig");
            EntryWriter.insert(longOne, entry, EntryHash.of(entry));
            hannaReadsThePlan();
            var meanwhile = lastEntryId();
            sealer.seal(true);
            assertThat(sealed(meanwhile))
                    .as("nothing after a running transaction is sealed while it runs")
                    .isFalse();
            connection.commit();
        }
        sealAll();
        assertThat(sealed(earlyId())).isTrue();
        var verdict = chain.verify();
        assertThat(verdict.intact()).as(verdict.summary()).isTrue();
        assertThat(verdict.unsealed()).isZero();
    }

    @Test
    @DisplayName("X-1: entries and seals rewritten without the key are found by the signed checkpoints")
    void rewritingTheSealsWithoutTheKeyIsFound() throws Exception {
        hannaReadsThePlan();
        var tampered = lastEntryId();
        sealAll();
        checkpointNewestSeal();
        var first = sealOf(tampered);
        var seals = jdbc.sql("select * from audit_seal where seq >= ? order by seq")
                .param(first)
                .query((rs, n) -> AuditChain.seal(rs))
                .list();
        var original = jdbc.sql("select detail, hash from audit_entry where id = ?")
                .param(tampered)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        var kept = checkpoints.read(checkpoints.file());
        assertThat(kept).as("the checkpoint file an operator keeps").isNotEmpty();

        holdingTheSealer(() -> {
            try {
                AsOwner.inOneTransaction(database, owner -> rewrite(owner, tampered, first));
                var verdict = chain.verify();
                assertThat(verdict.intact()).isFalse();
                assertThat(verdict.problem()).isEqualTo(ChainVerdict.Problem.CHECKPOINT);

                // Also the checkpoints in the database removed: the log looks whole, but not against the file.
                var removed = checkpoints.all().stream()
                        .filter(c -> c.seal() >= first)
                        .toList();
                AsOwner.inOneTransaction(
                        database,
                        "alter table audit_checkpoint disable trigger audit_checkpoint_append_only",
                        "delete from audit_checkpoint where seal_seq >= " + first,
                        "alter table audit_checkpoint enable trigger audit_checkpoint_append_only");
                try {
                    assertThat(chain.verify().intact()).isTrue();
                    var againstKept = chain.verify(checkpoints.file());
                    assertThat(againstKept.intact()).isFalse();
                    assertThat(againstKept.problem()).isEqualTo(ChainVerdict.Problem.CHECKPOINT);
                } finally {
                    AsOwner.inOneTransaction(
                            database,
                            owner -> removed.forEach(c -> owner.sql("""
                                    insert into audit_checkpoint (seal_seq, seal_hash, made_at, public_key, signature)
                                    values (?, ?, ?::timestamptz, ?, ?)
                                    """)
                                    .params(c.seal(), c.sealHash(), c.madeAt(), c.publicKey(), c.signature())
                                    .update()));
                }
            } finally {
                AsOwner.inOneTransaction(database, owner -> restore(owner, tampered, original, seals));
            }
        });
        var verdict = chain.verify(kept);
        assertThat(verdict.intact()).as(verdict.summary()).isTrue();
    }

    @Test
    @DisplayName("X-1: seals cut off at the end are found by the checkpoint that signed them")
    void sealsCutOffAtTheEndAreFound() {
        hannaReadsThePlan();
        sealAll();
        checkpointNewestSeal();
        var newest = jdbc.sql("select * from audit_seal order by seq desc limit 1")
                .query((rs, n) -> AuditChain.seal(rs))
                .single();
        holdingTheSealer(() -> {
            AsOwner.inOneTransaction(
                    database,
                    "alter table audit_seal disable trigger audit_seal_append_only",
                    "delete from audit_seal where seq = " + newest.seq(),
                    "alter table audit_seal enable trigger audit_seal_append_only");
            try {
                var verdict = chain.verify();
                assertThat(verdict.intact()).isFalse();
                assertThat(verdict.brokenSeal()).isEqualTo(newest.seq());
                assertThat(verdict.problem()).isEqualTo(ChainVerdict.Problem.CHECKPOINT);
            } finally {
                AsOwner.inOneTransaction(
                        database,
                        owner -> owner.sql("""
                                insert into audit_seal (seq, from_transaction, to_transaction, entries, entries_hash,
                                  previous_hash, hash, sealed_at)
                                values (?, ?::text::xid8, ?::text::xid8, ?, ?, ?, ?, ?)
                                """)
                                .params(
                                        newest.seq(),
                                        Long.toString(newest.fromTransaction()),
                                        Long.toString(newest.toTransaction()),
                                        newest.entries(),
                                        newest.entriesHash(),
                                        newest.previousHash(),
                                        newest.hash(),
                                        java.sql.Timestamp.from(newest.sealedAt()))
                                .update());
            }
        });
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("X-1: a checkpoint not signed with EenPlan's key is refused")
    void aForgedCheckpointIsRefused() {
        hannaReadsThePlan();
        sealAll();
        var real = checkpointNewestSeal();
        var forgedSignature =
                new Checkpoint(real.seal(), "0".repeat(64), real.madeAt(), real.publicKey(), real.signature());
        assertThat(chain.verify(List.of(forgedSignature)).problem()).isEqualTo(ChainVerdict.Problem.CHECKPOINT);
        var otherKey =
                SigningKey.loadOrCreate(checkpoints.file().resolveSibling("other-" + System.nanoTime() + ".key"));
        var unsigned = new Checkpoint(real.seal(), real.sealHash(), real.madeAt(), otherKey.publicKey(), null);
        var otherlySigned = new Checkpoint(
                real.seal(),
                real.sealHash(),
                real.madeAt(),
                otherKey.publicKey(),
                otherKey.sign(unsigned.signedText()));
        assertThat(otherlySigned.signatureHolds()).isTrue();
        assertThat(chain.verify(List.of(otherlySigned)).problem()).isEqualTo(ChainVerdict.Problem.CHECKPOINT);
        assertThat(chain.verify(List.of(real)).intact()).isTrue();
    }

    @Test
    @DisplayName("X-1: the application's role appends, has the database seal, but cannot write or change seals")
    void theApplicationCannotWriteSeals() {
        hannaReadsThePlan();
        sealAll();
        for (var statement : new String[] {
            "insert into audit_seal select seq + 1000000, from_transaction, to_transaction, entries, entries_hash,"
                    + " md5(random()::text), hash, sealed_at from audit_seal order by seq desc limit 1",
            "update audit_seal set hash = 'x'",
            "delete from audit_checkpoint",
            "update audit_checkpoint set signature = 'x'",
            "select audit_entry_partition_of(current_date)"
        }) {
            assertThatThrownBy(() -> jdbc.sql(statement).update())
                    .as(statement)
                    .isInstanceOf(DataAccessException.class)
                    .hasStackTraceContaining("permission denied");
        }
    }

    @Test
    @DisplayName("X-1, X-6: the log is partitioned by month, the next three made ahead, each with the readers' indexes")
    void theLogIsPartitionedByMonth() {
        hannaReadsThePlan();
        var month = YearMonth.now(ZoneOffset.UTC);
        var partitions = jdbc.sql("""
                        select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                        where i.inhparent = 'audit_entry'::regclass
                        """).query(String.class).list();
        for (int ahead = 0; ahead <= 3; ahead++) {
            var m = month.plusMonths(ahead);
            assertThat(partitions).contains("audit_entry_%d_%02d".formatted(m.getYear(), m.getMonthValue()));
        }
        var placed = jdbc.sql("select tableoid::regclass::text from audit_entry where id = ?")
                .param(lastEntryId())
                .query(String.class)
                .single();
        assertThat(placed).isEqualTo("audit_entry_%d_%02d".formatted(month.getYear(), month.getMonthValue()));
        assertThat(jdbc.sql("select indexdef from pg_indexes where tablename = ?")
                        .param(placed)
                        .query(String.class)
                        .list())
                .as("the household's page, the export, the account's entries and the sealer read by index")
                .anyMatch(d -> d.contains("(household_id, occurred_at, id)"))
                .anyMatch(d -> d.contains("(account_id, occurred_at)"))
                .anyMatch(d -> d.contains("(transaction_id, id)"))
                .anyMatch(d -> d.contains("(id, occurred_at)"));
        assertThatThrownBy(() -> jdbc.sql("select count(*) from " + placed)
                        .query(Long.class)
                        .single())
                .as("the application reaches entries only through audit_entry")
                .hasStackTraceContaining("permission denied");
        assertThat(jdbc.sql("select audit_entry_partitions_ahead(3)")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    @DisplayName("X-1: checkpoints are written to the file an operator keeps, and administrators download them")
    void checkpointsAreExported() throws Exception {
        hannaReadsThePlan();
        sealAll();
        var newest = checkpointNewestSeal();
        var file = Files.readString(checkpoints.file(), StandardCharsets.UTF_8);
        var body = mvc.perform(get("/admin/access-log/checkpoints.jsonl").with(as(administrator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"sealHash\":\"" + newest.sealHash() + "\"");
        assertThat(checkpoints.read(checkpoints.file())).allMatch(Checkpoint::signatureHolds);
        assertThat(file).contains(newest.signature());
        mvc.perform(get("/admin/access-log/checkpoints.jsonl").with(as(hanna))).andExpect(status().isForbidden());
    }

    /** The newest seal's checkpoint, signed now if the scheduled sealer made the seal without one. */
    private Checkpoint checkpointNewestSeal() {
        var seal = jdbc.sql("select * from audit_seal order by seq desc limit 1")
                .query((rs, n) -> AuditChain.seal(rs))
                .single();
        var existing =
                checkpoints.all().stream().filter(c -> c.seal() == seal.seq()).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        var made = transactions.execute(status -> checkpoints.sign(seal));
        checkpoints.export(made);
        return made;
    }

    private long earlyId() {
        return jdbc.sql("select id from audit_entry where detail = 'lang bezig' and account_id = ?")
                .param(hanna.id())
                .query(Long.class)
                .single();
    }

    private long sealOf(long entryId) {
        return jdbc.sql("""
                        select s.seq from audit_seal s join audit_entry e
                          on e.transaction_id >= s.from_transaction and e.transaction_id < s.to_transaction
                        where e.id = ?
                        """).param(entryId).query(Long.class).single();
    }

    /** Runs the work while holding the sealer's lock, so no seal is made meanwhile. */
    private void holdingTheSealer(Runnable work) {
        try (var connection = dataSource.getConnection()) {
            var lock = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            lock.sql("select pg_advisory_lock(?)").param(SEAL_LOCK).query().singleRow();
            try {
                work.run();
            } finally {
                lock.sql("select pg_advisory_unlock(?)")
                        .param(SEAL_LOCK)
                        .query()
                        .singleRow();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As the owner (a superuser could do the same): changes an entry and recomputes every seal from it on. */
    private static void rewrite(JdbcClient owner, long entryId, long firstSeal) {
        owner.sql("alter table audit_entry disable trigger audit_entry_append_only")
                .update();
        owner.sql("alter table audit_seal disable trigger audit_seal_append_only")
                .update();
        owner.sql("""
                        update audit_entry e set detail = 'niets gezien',
                          hash = encode(sha256(convert_to(audit_entry_canonical(
                            row(e.id, e.occurred_at, e.account_id, e.on_behalf_of, e.event, e.subject_type, e.subject_id,
                                e.household_id, 'niets gezien', e.member_id, e.basis, e.previous_hash, e.hash,
                                e.transaction_id)::audit_entry), 'UTF8')), 'hex')
                        where id = ?
                        """).param(entryId).update();
        owner.sql("""
                        do $$
                        declare
                            s    audit_seal;
                            prev text := coalesce((select hash from audit_seal where seq = %d), repeat('0', 64));
                        begin
                            for s in select * from audit_seal where seq >= %d order by seq loop
                                s.entries_hash := (select encode(sha256(convert_to(
                                    string_agg(hash || E'\\n', '' order by transaction_id, id), 'UTF8')), 'hex')
                                  from audit_entry
                                  where transaction_id >= s.from_transaction and transaction_id < s.to_transaction);
                                s.previous_hash := prev;
                                s.hash := encode(sha256(convert_to(audit_seal_canonical(s), 'UTF8')), 'hex');
                                update audit_seal set entries_hash = s.entries_hash, previous_hash = s.previous_hash,
                                  hash = s.hash where seq = s.seq;
                                prev := s.hash;
                            end loop;
                        end
                        $$
                        """.formatted(firstSeal - 1, firstSeal)).update();
        owner.sql("alter table audit_seal enable trigger audit_seal_append_only")
                .update();
        owner.sql("alter table audit_entry enable trigger audit_entry_append_only")
                .update();
    }

    private static void restore(JdbcClient owner, long entryId, String[] detailAndHash, List<AuditSeal> seals) {
        owner.sql("alter table audit_entry disable trigger audit_entry_append_only")
                .update();
        owner.sql("alter table audit_seal disable trigger audit_seal_append_only")
                .update();
        owner.sql("update audit_entry set detail = ?, hash = ? where id = ?")
                .params(detailAndHash[0], detailAndHash[1], entryId)
                .update();
        for (var s : seals) {
            owner.sql(
                            "update audit_seal set entries_hash = :entries, previous_hash = :previous, hash = :hash where seq = :seq")
                    .params(Map.of(
                            "entries", s.entriesHash(), "previous", s.previousHash(), "hash", s.hash(), "seq", s.seq()))
                    .update();
        }
        owner.sql("alter table audit_seal enable trigger audit_seal_append_only")
                .update();
        owner.sql("alter table audit_entry enable trigger audit_entry_append_only")
                .update();
    }
}
