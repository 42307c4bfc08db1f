package nl.eenplan.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger of reminders sent. A reminder is mailed only by the transaction whose row made it into
 * the ledger, so two EenPlan nodes, or two sweeps, never send the same one twice.
 */
@Repository
class SentReminders {

    private final JdbcClient jdbc;

    SentReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the reminder unless it was recorded before; {@code true} when this call recorded it. A
     * concurrent transaction recording the same reminder waits for this one and then gets {@code false}.
     */
    boolean claim(UUID accountId, String key, LocalDate due, ReminderMoment moment, Instant now) {
        return jdbc.sql("""
                        insert into reminder_sent (account_id, deadline_key, due, moment, sent_at)
                        values (?, ?, ?, ?, ?)
                        on conflict do nothing
                        """)
                        .params(accountId, key, due, moment.name(), Timestamp.from(now))
                        .update()
                == 1;
    }

    /** Whether a full sweep has already sent this week's digests. */
    boolean digestsSent(DigestWeek week) {
        return jdbc.sql("select count(*) from reminder_digest_week where week = ?")
                        .param(week.toString())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void digestsSentFor(DigestWeek week, Instant now) {
        jdbc.sql("insert into reminder_digest_week (week, completed_at) values (?, ?) on conflict do nothing")
                .params(week.toString(), Timestamp.from(now))
                .update();
    }
}
