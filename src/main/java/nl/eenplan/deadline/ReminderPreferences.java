package nl.eenplan.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's {@link ReminderChoice}; {@link ReminderChoice#BOTH} until they choose. */
@Service
public class ReminderPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReminderPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReminderChoice of(UUID accountId) {
        return jdbc.sql("select choice from reminder_preference where account_id = ?")
                .param(accountId)
                .query(String.class)
                .optional()
                .map(ReminderChoice::valueOf)
                .orElse(ReminderChoice.BOTH);
    }

    @Transactional
    public void choose(UUID accountId, ReminderChoice choice) {
        Objects.requireNonNull(choice, "choice");
        jdbc.sql("""
                        insert into reminder_preference (account_id, choice, updated_at) values (?, ?, ?)
                        on conflict (account_id) do update set choice = excluded.choice, updated_at = excluded.updated_at
                        """)
                .params(accountId, choice.name(), Timestamp.from(clock.instant()))
                .update();
    }
}
