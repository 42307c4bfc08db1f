package nl.eenplan.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the access log: every entry carries the hash of its own fields; the entries of every
 * seal are exactly those it sealed; every seal fits its fields and follows the seal before it; every
 * signed checkpoint (in the database, and those an operator kept elsewhere) holds under EenPlan's key
 * and matches its seal. Reads entries in (transaction, id) order and seals in order side by side, a
 * thousand rows at a time, and reports the entries not sealed yet and how long they have waited.
 */
@Service
public class AuditChain {

    private static final int FETCH = 1000;

    private final DataSource dataSource;
    private final Checkpoints checkpoints;
    private final AuditLog audit;
    private final Clock clock;

    AuditChain(DataSource dataSource, Checkpoints checkpoints, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.checkpoints = checkpoints;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ChainVerdict verify() {
        return verify(List.of());
    }

    /** Checks also against checkpoints an operator kept outside EenPlan. */
    @Transactional(readOnly = true)
    public ChainVerdict verify(List<Checkpoint> kept) {
        var all = new ArrayList<>(checkpoints.all());
        all.addAll(kept);
        var trusted = checkpoints.publicKey();
        Map<Long, List<Checkpoint>> bySeal = new HashMap<>();
        for (var c : all) {
            if (!trusted.equals(c.publicKey()) || !c.signatureHolds()) {
                return ChainVerdict.brokenSeal(0, c.seal(), ChainVerdict.Problem.CHECKPOINT);
            }
            bySeal.computeIfAbsent(c.seal(), s -> new ArrayList<>()).add(c);
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        try (var seals = cursor(connection, "select * from audit_seal order by seq");
                var entries = cursor(
                        connection,
                        "select *, transaction_id::text::bigint as tx from audit_entry order by transaction_id, id")) {
            return new Walk(seals.executeQuery(), entries.executeQuery(), bySeal, all.size()).run(clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the access log", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Checks against the checkpoints an operator kept in a file of JSON lines. */
    @Transactional(readOnly = true)
    public ChainVerdict verify(Path kept) {
        return verify(checkpoints.read(kept));
    }

    /** An administrator has the log checked; the check is logged with its outcome. */
    @Transactional
    public ChainVerdict verifyFor(UUID administratorId) {
        var verdict = verify();
        audit.record(new AuditEvent(administratorId, null, "AUDIT_CHAIN_VERIFIED", null, null, null, verdict.summary())
                .on(AccessBasis.administrator()));
        return verdict;
    }

    private static PreparedStatement cursor(Connection connection, String sql) throws SQLException {
        var statement = connection.prepareStatement(sql);
        // Inside a transaction PostgreSQL then streams the rows through a cursor instead of loading all.
        statement.setFetchSize(FETCH);
        return statement;
    }

    /** One pass along the seals and the entries. */
    private static final class Walk {
        private final ResultSet seals;
        private final ResultSet entries;
        private final Map<Long, List<Checkpoint>> checkpoints;
        private final long checkpointCount;
        private boolean entryWaiting;
        private long count;
        private String legacyPrevious = EntryHash.GENESIS;

        Walk(ResultSet seals, ResultSet entries, Map<Long, List<Checkpoint>> checkpoints, long checkpointCount)
                throws SQLException {
            this.seals = seals;
            this.entries = entries;
            this.checkpoints = checkpoints;
            this.checkpointCount = checkpointCount;
            this.entryWaiting = entries.next();
        }

        ChainVerdict run(Instant now) throws SQLException {
            var previous = EntryHash.GENESIS;
            long previousTo = 0;
            long sealCount = 0;
            long lastSeq = 0;
            var sealed = new SealHash.Entries();
            while (seals.next()) {
                var seal = seal(seals);
                if (!seal.previousHash().equals(previous)
                        || seal.fromTransaction() != previousTo
                        || !SealHash.of(seal).equals(seal.hash())) {
                    return ChainVerdict.brokenSeal(count, seal.seq(), ChainVerdict.Problem.SEAL_CHANGED);
                }
                while (entryWaiting && entries.getLong("tx") < seal.toTransaction()) {
                    var problem = check(entry(entries));
                    if (problem != null) {
                        return problem;
                    }
                    sealed.add(entries.getString("hash"));
                    entryWaiting = entries.next();
                }
                var sealedCount = sealed.count();
                if (!sealed.finish().equals(seal.entriesHash()) || sealedCount != seal.entries()) {
                    return ChainVerdict.brokenSeal(count, seal.seq(), ChainVerdict.Problem.NOT_AS_SEALED);
                }
                for (var c : checkpoints.getOrDefault(seal.seq(), List.of())) {
                    if (!c.sealHash().equals(seal.hash())) {
                        return ChainVerdict.brokenSeal(count, seal.seq(), ChainVerdict.Problem.CHECKPOINT);
                    }
                }
                previous = seal.hash();
                previousTo = seal.toTransaction();
                lastSeq = seal.seq();
                sealCount++;
            }
            for (var seq : checkpoints.keySet()) {
                if (seq > lastSeq) {
                    // Seals that were signed are gone: the end of the log was cut off.
                    return ChainVerdict.brokenSeal(count, seq, ChainVerdict.Problem.CHECKPOINT);
                }
            }
            long unsealed = 0;
            Instant oldest = now;
            while (entryWaiting) {
                var entry = entry(entries);
                var problem = check(entry);
                if (problem != null) {
                    return problem;
                }
                unsealed++;
                oldest = entry.occurredAt().isBefore(oldest) ? entry.occurredAt() : oldest;
                entryWaiting = entries.next();
            }
            return ChainVerdict.intact(
                    count + unsealed, sealCount, checkpointCount, unsealed, Duration.between(oldest, now), previous);
        }

        /** The problem with this entry, or null when its hash fits (and, from before V30, its link). */
        private ChainVerdict check(AuditEntry entry) {
            if (entry.previousHash() != null) {
                if (!legacyPrevious.equals(entry.previousHash())) {
                    return ChainVerdict.brokenEntry(count, entry.id(), ChainVerdict.Problem.UNLINKED);
                }
                legacyPrevious = entry.hash();
            }
            if (!EntryHash.of(entry).equals(entry.hash())) {
                return ChainVerdict.brokenEntry(count, entry.id(), ChainVerdict.Problem.CHANGED);
            }
            count++;
            return null;
        }
    }

    static AuditSeal seal(ResultSet rs) throws SQLException {
        return new AuditSeal(
                rs.getLong("seq"),
                Long.parseLong(rs.getString("from_transaction")),
                Long.parseLong(rs.getString("to_transaction")),
                rs.getInt("entries"),
                rs.getString("entries_hash"),
                rs.getString("previous_hash"),
                rs.getString("hash"),
                rs.getTimestamp("sealed_at").toInstant());
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("account_id", UUID.class),
                rs.getObject("on_behalf_of", UUID.class),
                rs.getString("event"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getObject("household_id", UUID.class),
                rs.getString("detail"),
                rs.getObject("member_id", UUID.class),
                rs.getString("basis"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
