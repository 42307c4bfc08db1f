package nl.eenplan.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends entries to the access log: plain inserts in the transaction of the access they record, so
 * they commit or roll back with it, and no append waits for another. Each entry carries the hash of
 * its own fields ({@link EntryHash}); the {@link AuditSealer} later seals committed entries in batches.
 */
@Component
class EntryWriter {

    private final JdbcClient jdbc;

    EntryWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An event with the moment it happened. */
    record Pending(AuditEvent event, Instant occurredAt) {}

    void append(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        // The id is part of the hash, so the ids are drawn first, all in one statement.
        var ids = jdbc
                .sql("select nextval('audit_entry_id_seq') from generate_series(1, ?)")
                .param(pending.size())
                .query(Long.class)
                .list()
                .stream()
                .sorted()
                .toList();
        for (int i = 0; i < pending.size(); i++) {
            var event = pending.get(i).event();
            var entry = new AuditEntry(
                    ids.get(i),
                    pending.get(i).occurredAt(),
                    event.accountId(),
                    event.onBehalfOf(),
                    event.event(),
                    event.subjectType(),
                    event.subjectId(),
                    event.householdId(),
                    event.detail(),
                    event.memberId(),
                    event.basis() == null ? null : event.basis().text(),
                    null,
                    null);
            insert(jdbc, entry, EntryHash.of(entry));
        }
    }

    /** Stores one entry with its hash, in the running transaction (whose id the database records). */
    static void insert(JdbcClient jdbc, AuditEntry e, String hash) {
        jdbc.sql("""
                insert into audit_entry (id, occurred_at, account_id, on_behalf_of, event, subject_type, subject_id,
                  household_id, detail, member_id, basis, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        e.id(),
                        Timestamp.from(e.occurredAt()),
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
                        hash)
                .update();
    }
}
