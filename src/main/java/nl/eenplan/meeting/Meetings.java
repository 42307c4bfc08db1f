package nl.eenplan.meeting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores round tables with their agenda, attendance and decisions, the only writer of their tables;
 * every change bumps the version (optimistic lock) and publishes the events it caused.
 */
@Repository
class Meetings {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Meetings(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores a round table just initiated (M-2) with its agenda, and publishes what happened. */
    void insert(RoundTableChange initiated) {
        var r = initiated.roundTable();
        jdbc.sql("""
                insert into round_table (id, household_id, version, status, initiator_id, initiator_account_id,
                  initiated_on, window_earliest, window_latest, created_at)
                values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        r.id(),
                        r.householdId(),
                        r.status().name(),
                        r.initiatorId(),
                        r.initiatorAccountId(),
                        r.initiatedOn(),
                        r.window().earliest(),
                        r.window().latest(),
                        Timestamp.from(r.createdAt()))
                .update();
        storeParts(initiated);
    }

    /**
     * Stores a transition of a round table read at {@code expected} and publishes what happened;
     * fails when someone else changed the round table since.
     */
    void save(RoundTableChange change, int expected) {
        var r = change.roundTable();
        var s = r.schedule();
        var cancelledAt = change.events().stream()
                .filter(RoundTableCancelled.class::isInstance)
                .map(e -> Timestamp.from(((RoundTableCancelled) e).at()))
                .findFirst()
                .orElse(null);
        var updated = jdbc.sql("""
                update round_table set version = version + 1, status = ?, meeting_date = ?, starts_at = ?,
                  ends_at = ?, place = ?, remote = ?, chair_id = ?, minute_taker_id = ?, sequence = ?, minutes = ?,
                  held_on = ?, cancelled_at = coalesce(?, cancelled_at)
                where id = ? and version = ?
                """)
                .params(
                        r.status().name(),
                        s == null ? null : s.date(),
                        s == null ? null : s.start(),
                        s == null ? null : s.end(),
                        s == null ? null : s.place(),
                        s != null && s.remote(),
                        r.chairId(),
                        r.minuteTakerId(),
                        r.sequence(),
                        r.minutes() == null ? "" : r.minutes(),
                        r.heldOn(),
                        cancelledAt,
                        r.id(),
                        expected)
                .update();
        if (updated != 1) {
            throw changedMeanwhile(r.id());
        }
        storeParts(change);
    }

    /**
     * Claims the next version of a round table read at {@code expected}, for a transition whose
     * parts follow ({@link #store}) once what it depends on is done; fails when it changed since.
     */
    void claim(RoundTable roundTable, int expected) {
        var updated = jdbc.sql("update round_table set version = version + 1 where id = ? and version = ?")
                .params(roundTable.id(), expected)
                .update();
        if (updated != 1) {
            throw changedMeanwhile(roundTable.id());
        }
    }

    /** The refusal of a change on an outdated version, naming the version the round table has now. */
    private RoundTableChangedMeanwhile changedMeanwhile(UUID id) {
        return new RoundTableChangedMeanwhile(jdbc.sql("select version from round_table where id = ?")
                .param(id)
                .query(Integer.class)
                .optional()
                .orElse(null));
    }

    /** Stores the parts of a transition whose version was claimed, and publishes what happened. */
    void store(RoundTableChange change) {
        storeParts(change);
    }

    private void storeParts(RoundTableChange change) {
        var id = change.roundTable().id();
        if (change.agenda() != null) {
            replaceAgenda(id, change.agenda());
        }
        if (change.present() != null) {
            replaceAttendance(id, change.present());
        }
        if (change.decision() != null) {
            var d = change.decision();
            jdbc.sql("""
                    insert into round_table_decision (id, round_table_id, kind, text, goal_id, action_id, recorded_by,
                      recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            d.id(),
                            id,
                            d.kind().name(),
                            d.text(),
                            d.goalId(),
                            d.actionId(),
                            change.decidedBy(),
                            Timestamp.from(d.recordedAt()))
                    .update();
        }
        change.events().forEach(events::publishEvent);
    }

    Optional<RoundTable> find(UUID householdId, UUID id) {
        return jdbc.sql("select * from round_table where id = ? and household_id = ?")
                .params(id, householdId)
                .query(RoundTableRows::map)
                .optional();
    }

    List<RoundTable> ofHousehold(UUID householdId) {
        return jdbc.sql("select * from round_table where household_id = ? order by created_at desc")
                .param(householdId)
                .query(RoundTableRows::map)
                .list();
    }

    /** M-2: the household's first round table that was not called off. */
    Optional<UUID> firstOf(UUID householdId) {
        return jdbc.sql("""
                        select id from round_table where household_id = ? and status <> 'CANCELLED'
                        order by initiated_on, created_at limit 1
                        """).param(householdId).query(UUID.class).optional();
    }

    /** M-3: the round tables still to be held that this person took the initiative for. */
    List<RoundTable> plannedBy(UUID initiatorAccountId) {
        return jdbc.sql("select * from round_table where status = 'PLANNED' and initiator_account_id = ?")
                .param(initiatorAccountId)
                .query(RoundTableRows::map)
                .list();
    }

    /** M-3: who took the initiative for round tables still to be held whose window ends in this period. */
    List<UUID> initiatorsWithWindowEndingBetween(LocalDate from, LocalDate until) {
        return jdbc.sql("""
                        select distinct initiator_account_id from round_table
                        where status = 'PLANNED' and window_latest <= ? and (cast(? as date) is null or window_latest >= ?)
                        """).params(until, from, from).query(UUID.class).list();
    }

    private void replaceAttendance(UUID id, Set<UUID> present) {
        jdbc.sql("delete from round_table_attendance where round_table_id = ?")
                .param(id)
                .update();
        for (var participant : present) {
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

    private void replaceAgenda(UUID id, List<String> items) {
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
}
