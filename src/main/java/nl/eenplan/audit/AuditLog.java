package nl.eenplan.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records accesses. {@link #record} requires a running transaction: the entry is written just
 * before that transaction commits, and rolls back with it; the {@link AuditSealer} seals it later. Its time is the moment of
 * recording.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final EntryWriter writer;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, EntryWriter writer, Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        append(event);
    }

    /** For events outside any business transaction, such as a failed login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(AuditEvent event) {
        append(event);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> ofAccount(UUID accountId, int limit) {
        return jdbc.sql("select * from audit_entry where account_id = ? order by id desc limit ?")
                .params(accountId, limit)
                .query(AuditEntry.class)
                .list();
    }

    private void append(AuditEvent event) {
        PendingEntries.record(writer, new EntryWriter.Pending(event, EntryHash.storable(clock.instant())));
    }
}
