package nl.eenplan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the access log's hash chain: every entry must carry the hash of its own fields and point
 * to the hash of the entry before it. Reads the whole log in id order, a thousand rows at a time.
 */
@Service
public class AuditChain {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    AuditChain(DataSource dataSource, AuditLog audit) {
        this.audit = audit;
        this.jdbc = new JdbcTemplate(dataSource);
        // Inside a transaction PostgreSQL then streams the rows through a cursor instead of loading all.
        this.jdbc.setFetchSize(1000);
    }

    @Transactional(readOnly = true)
    public ChainVerdict verify() {
        var walk = new Walk();
        jdbc.query("select * from audit_entry order by id", rs -> {
            if (walk.verdict == null) {
                walk.check(entry(rs));
            }
        });
        return walk.verdict != null ? walk.verdict : ChainVerdict.intact(walk.count, walk.previous);
    }

    /** An administrator has the chain checked; the check is logged with its outcome. */
    @Transactional
    public ChainVerdict verifyFor(UUID administratorId) {
        var verdict = verify();
        audit.record(new AuditEvent(administratorId, null, "AUDIT_CHAIN_VERIFIED", null, null, null, verdict.summary())
                .on(AccessBasis.administrator()));
        return verdict;
    }

    /** The state of one pass along the chain. */
    private static final class Walk {
        private long count;
        private String previous = EntryHash.GENESIS;
        private ChainVerdict verdict;

        void check(AuditEntry entry) {
            if (!previous.equals(entry.previousHash())) {
                verdict = ChainVerdict.broken(count, entry.id(), ChainVerdict.Problem.UNLINKED);
            } else if (!EntryHash.of(entry).equals(entry.hash())) {
                verdict = ChainVerdict.broken(count, entry.id(), ChainVerdict.Problem.CHANGED);
            } else {
                count++;
                previous = entry.hash();
            }
        }
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
