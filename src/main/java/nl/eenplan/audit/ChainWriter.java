package nl.eenplan.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends entries to the hash chain. One transaction at a time holds the chain's advisory lock, from
 * the append until its commit, so every entry links to the entry committed before it and the chain
 * never forks. Called just before commit ({@link PendingEntries}), so the lock is the last one a
 * transaction takes and is held only for the commit itself. The database accepts an entry only if it
 * extends the head it keeps ({@code audit_chain_head}, V27), so a row from elsewhere is refused and
 * cannot jam the chain.
 */
@Component
class ChainWriter {

    /** The key of the transaction-level advisory lock that serialises appends ("EPAU" in ASCII). */
    static final long CHAIN_LOCK = 0x4550_4155L;

    private final JdbcClient jdbc;

    ChainWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An event with the moment it happened. */
    record Pending(AuditEvent event, Instant occurredAt) {}

    /** The hash the next entry links to, and an id for it. */
    private record Link(String head, long id) {}

    void append(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        // First the lock, then (in a later statement, so with a later snapshot) the head of the chain, as the
        // database keeps it (V27): not the entry with the highest id, which anyone who may append could add.
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)")
                .param(CHAIN_LOCK)
                .query(Integer.class)
                .single();
        var next = jdbc.sql("""
                        select (select hash from audit_chain_head) as head,
                          nextval('audit_entry_id_seq') as id
                        from generate_series(1, ?)
                        """)
                .param(pending.size())
                .query((rs, n) -> new Link(rs.getString("head"), rs.getLong("id")))
                .list();
        var previous = next.getFirst().head() == null
                ? EntryHash.GENESIS
                : next.getFirst().head();
        var ids = next.stream().map(Link::id).sorted().toList();
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
                    previous,
                    null);
            previous = EntryHash.of(entry);
            insert(jdbc, entry, previous);
        }
    }

    /** Stores one entry with its hash; the database's trigger (V27) checks that it extends the chain. */
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
