package nl.eenplan.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The team's history (H-2, H-3, R-7): append-only, written in the transaction of the change. */
@Component
class TeamHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    TeamHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(Participant participant, TeamChange kind, String detail, UUID recordedBy) {
        jdbc.sql("""
                insert into team_history (household_id, participant_id, kind, participant_name, detail, recorded_by,
                  recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        participant.householdId(),
                        participant.id(),
                        kind.name(),
                        participant.name(),
                        detail,
                        recordedBy,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** Most recent first. */
    List<TeamHistoryEntry> of(UUID householdId) {
        return jdbc.sql("""
                        select kind, participant_id, participant_name, detail, recorded_by, recorded_at from team_history
                        where household_id = ? order by recorded_at desc, id desc
                        """)
                .param(householdId)
                .query((rs, n) -> new TeamHistoryEntry(
                        TeamChange.valueOf(rs.getString("kind")),
                        rs.getObject("participant_id", UUID.class),
                        rs.getString("participant_name"),
                        rs.getString("detail"),
                        rs.getObject("recorded_by", UUID.class),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
