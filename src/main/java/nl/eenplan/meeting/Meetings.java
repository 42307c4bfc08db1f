package nl.eenplan.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.RoundTableWindow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores round tables with their agenda, attendance and decisions; every change bumps the version. */
@Repository
class Meetings {

    private final JdbcClient jdbc;

    Meetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID id,
            UUID householdId,
            UUID initiatorId,
            UUID accountId,
            RoundTableWindow window,
            LocalDate initiatedOn,
            Instant now) {
        jdbc.sql("""
                insert into round_table (id, household_id, version, status, initiator_id, initiator_account_id,
                  initiated_on, window_earliest, window_latest, created_at)
                values (?, ?, 0, 'PLANNED', ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        householdId,
                        initiatorId,
                        accountId,
                        initiatedOn,
                        window.earliest(),
                        window.latest(),
                        Timestamp.from(now))
                .update();
    }

    Optional<RoundTable> find(UUID householdId, UUID id) {
        return jdbc.sql("select * from round_table where id = ? and household_id = ?")
                .params(id, householdId)
                .query(Meetings::map)
                .optional();
    }

    List<RoundTable> ofHousehold(UUID householdId) {
        return jdbc.sql("select * from round_table where household_id = ? order by created_at desc")
                .param(householdId)
                .query(Meetings::map)
                .list();
    }

    /** M-2: the household's first round table that was not called off. */
    Optional<UUID> firstOf(UUID householdId) {
        return jdbc.sql("""
                        select id from round_table where household_id = ? and status <> 'CANCELLED'
                        order by initiated_on, created_at limit 1
                        """).param(householdId).query(UUID.class).optional();
    }

    /** Claims the next version, or fails when someone else changed the round table since {@code expected}. */
    void touch(UUID id, int expected) {
        var updated = jdbc.sql("update round_table set version = version + 1 where id = ? and version = ?")
                .params(id, expected)
                .update();
        if (updated != 1) {
            throw new RoundTableChangedMeanwhile();
        }
    }

    void schedule(UUID id, Schedule schedule, UUID chairId, UUID minuteTakerId, int sequence) {
        jdbc.sql("""
                update round_table set meeting_date = ?, starts_at = ?, ends_at = ?, place = ?, remote = ?,
                  chair_id = ?, minute_taker_id = ?, sequence = ?
                where id = ?
                """)
                .params(
                        schedule.date(),
                        schedule.start(),
                        schedule.end(),
                        schedule.place(),
                        schedule.remote(),
                        chairId,
                        minuteTakerId,
                        sequence,
                        id)
                .update();
    }

    void cancel(UUID id, int sequence, Instant now) {
        jdbc.sql("update round_table set status = 'CANCELLED', sequence = ?, cancelled_at = ? where id = ?")
                .params(sequence, Timestamp.from(now), id)
                .update();
    }

    void recordMinutes(UUID id, String minutes, Collection<UUID> present, LocalDate heldOn) {
        jdbc.sql("update round_table set minutes = ? where id = ?")
                .params(minutes, id)
                .update();
        if (heldOn != null) {
            jdbc.sql("update round_table set status = 'HELD', held_on = ? where id = ?")
                    .params(heldOn, id)
                    .update();
        }
        jdbc.sql("delete from round_table_attendance where round_table_id = ?")
                .param(id)
                .update();
        for (var participant : Set.copyOf(present)) {
            jdbc.sql("insert into round_table_attendance (round_table_id, participant_id) values (?, ?)")
                    .params(id, participant)
                    .update();
        }
    }

    Set<UUID> attendance(UUID id) {
        return jdbc
                .sql("select participant_id from round_table_attendance where round_table_id = ?")
                .param(id)
                .query(UUID.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    List<String> agenda(UUID id) {
        return jdbc.sql("select text from round_table_agenda_item where round_table_id = ? order by position")
                .param(id)
                .query(String.class)
                .list();
    }

    void replaceAgenda(UUID id, List<String> items) {
        jdbc.sql("delete from round_table_agenda_item where round_table_id = ?")
                .param(id)
                .update();
        for (int position = 0; position < items.size(); position++) {
            jdbc.sql("insert into round_table_agenda_item (round_table_id, position, text) values (?, ?, ?)")
                    .params(id, position, items.get(position))
                    .update();
        }
    }

    List<Decision> decisions(UUID id) {
        return jdbc.sql("""
                        select id, kind, text, goal_id, action_id, recorded_at from round_table_decision
                        where round_table_id = ? order by recorded_at, id
                        """)
                .param(id)
                .query((rs, n) -> new Decision(
                        rs.getObject("id", UUID.class),
                        DecisionKind.valueOf(rs.getString("kind")),
                        rs.getString("text"),
                        rs.getObject("goal_id", UUID.class),
                        rs.getObject("action_id", UUID.class),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    UUID addDecision(UUID id, DecisionKind kind, String text, UUID goalId, UUID actionId, UUID by, Instant now) {
        var decisionId = UUID.randomUUID();
        jdbc.sql("""
                insert into round_table_decision (id, round_table_id, kind, text, goal_id, action_id, recorded_by,
                  recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(decisionId, id, kind.name(), text, goalId, actionId, by, Timestamp.from(now))
                .update();
        return decisionId;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    static RoundTable map(ResultSet rs, int row) throws SQLException {
        var date = rs.getObject("meeting_date", LocalDate.class);
        var schedule = date == null
                ? null
                : new Schedule(
                        date,
                        rs.getObject("starts_at", LocalTime.class),
                        rs.getObject("ends_at", LocalTime.class),
                        rs.getString("place"),
                        rs.getBoolean("remote"));
        return new RoundTable(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getInt("version"),
                RoundTableStatus.valueOf(rs.getString("status")),
                rs.getObject("initiator_id", UUID.class),
                rs.getObject("initiator_account_id", UUID.class),
                rs.getObject("initiated_on", LocalDate.class),
                new RoundTableWindow(
                        rs.getObject("window_earliest", LocalDate.class),
                        rs.getObject("window_latest", LocalDate.class)),
                schedule,
                rs.getObject("chair_id", UUID.class),
                rs.getObject("minute_taker_id", UUID.class),
                rs.getInt("sequence"),
                rs.getString("minutes"),
                rs.getObject("held_on", LocalDate.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
