package nl.eenplan.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records accesses. {@link #record} requires a running transaction: the entry commits or rolls
 * back with the access it describes.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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
        jdbc.sql("""
                insert into audit_entry (occurred_at, account_id, on_behalf_of, event, subject_type, subject_id,
                  household_id, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        Timestamp.from(clock.instant()),
                        event.accountId(),
                        event.onBehalfOf(),
                        event.event(),
                        event.subjectType(),
                        event.subjectId(),
                        event.householdId(),
                        event.detail())
                .update();
    }
}
