package nl.eenplan.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * X-6, H-4: when a household's care ended, for the retention of its file. Care ends when the
 * household's last plan closed and no plan is open: a new plan after that starts the care again, and
 * the day of its closing counts. A household that never had a plan has no end of care here.
 */
@Service
public class CareEnds {

    private final JdbcClient jdbc;

    CareEnds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The day (Dutch time) the household's care ended; empty while a plan is open or when it had none. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> endedOn(UUID householdId) {
        return jdbc.sql("""
                        select max(closed_at) from plan where household_id = ?
                        having count(*) > 0 and bool_and(status = 'CLOSED')
                        """)
                .param(householdId)
                .query(OffsetDateTime.class)
                .optional()
                .map(closed -> closed.atZoneSameInstant(DutchTime.ZONE).toLocalDate());
    }

    /** At most {@code limit} households whose care ended before {@code instant}, the longest ago first. */
    @Transactional(readOnly = true)
    public List<UUID> endedBefore(Instant instant, int limit) {
        return jdbc.sql("""
                        select household_id from plan group by household_id
                        having bool_and(status = 'CLOSED') and max(closed_at) < ?
                        order by max(closed_at) limit ?
                        """)
                .params(Timestamp.from(instant), limit)
                .query(UUID.class)
                .list();
    }
}
