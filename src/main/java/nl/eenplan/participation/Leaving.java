package nl.eenplan.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a participation: the person leaves the team and no longer sees the plan, while the history
 * (actions, coordination) keeps the participant. E-5: the municipal contact point joins a team for
 * an escalation and leaves it when the case is handed back to the coordinator.
 */
@Service
public class Leaving {

    private final JdbcClient jdbc;
    private final Clock clock;

    Leaving(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns whether the participant was still in the team. */
    @Transactional
    public boolean leave(UUID participantId) {
        return jdbc.sql("""
                        update participant set active = false, receives_copy = false, removed_at = ?
                        where id = ? and removed_at is null
                        """)
                        .params(Timestamp.from(clock.instant()), participantId)
                        .update()
                > 0;
    }
}
