package nl.eenplan.plan.safety;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The safety plans of a plan and their lines (PL-6); changed only after the plan's version was claimed. */
@Repository
class SafetyPlans {

    private final JdbcClient jdbc;

    SafetyPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The safety plans of a plan, the open one (if any) first, then the ended ones, latest first. */
    List<SafetyPlan> ofPlan(UUID planId) {
        var heads = jdbc.sql("""
                        select * from safety_plan where plan_id = ?
                        order by ended_on is not null, started_on desc, created_at desc
                        """).param(planId).query(SafetyPlans::head).list();
        return heads.stream().map(h -> withLines(h, lines(h.id()))).toList();
    }

    Optional<SafetyPlan> open(UUID planId) {
        return ofPlan(planId).stream().filter(SafetyPlan::open).findFirst();
    }

    void start(SafetyPlan s, Instant at) {
        jdbc.sql("""
                insert into safety_plan (id, plan_id, household_id, started_by, started_on, reason, signal_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        s.id(),
                        s.planId(),
                        s.householdId(),
                        s.startedBy(),
                        Date.valueOf(s.startedOn()),
                        s.reason(),
                        s.signalId(),
                        Timestamp.from(at))
                .update();
    }

    /** Replaces every line but the evaluation moments already evaluated. */
    void replaceLines(UUID safetyPlanId, SafetyContent content) {
        jdbc.sql("delete from safety_plan_line where safety_plan_id = ? and evaluated_on is null")
                .param(safetyPlanId)
                .update();
        insert(safetyPlanId, SafetyLine.Kind.RISK, content.risks());
        insert(safetyPlanId, SafetyLine.Kind.AGREEMENT, content.agreements());
        insert(safetyPlanId, SafetyLine.Kind.WATCH, content.watches());
        insert(safetyPlanId, SafetyLine.Kind.CALL, content.calls());
        var position = 0;
        for (var due : content.moments()) {
            jdbc.sql("""
                    insert into safety_plan_line (id, safety_plan_id, kind, position, due_on)
                    values (?, ?, 'MOMENT', ?, ?)
                    """)
                    .params(UUID.randomUUID(), safetyPlanId, position++, Date.valueOf(due))
                    .update();
        }
    }

    void evaluate(UUID lineId, LocalDate on, String outcome, UUID by) {
        jdbc.sql("update safety_plan_line set evaluated_on = ?, outcome = ?, evaluated_by = ? where id = ?")
                .params(Date.valueOf(on), outcome, by, lineId)
                .update();
    }

    void end(UUID safetyPlanId, LocalDate on, UUID by, String reason) {
        jdbc.sql("update safety_plan set ended_on = ?, ended_by = ?, end_reason = ? where id = ?")
                .params(Date.valueOf(on), by, reason, safetyPlanId)
                .update();
    }

    private void insert(UUID safetyPlanId, SafetyLine.Kind kind, List<SafetyContent.Entry> entries) {
        var position = 0;
        for (var e : entries) {
            jdbc.sql("""
                    insert into safety_plan_line (id, safety_plan_id, kind, position, what, who, participant_id, phone)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            UUID.randomUUID(),
                            safetyPlanId,
                            kind.name(),
                            position++,
                            e.what(),
                            e.who(),
                            e.participantId(),
                            e.phone())
                    .update();
        }
    }

    private List<SafetyLine> lines(UUID safetyPlanId) {
        return jdbc.sql("""
                        select * from safety_plan_line where safety_plan_id = ?
                        order by kind, due_on nulls first, position
                        """)
                .param(safetyPlanId)
                .query((rs, row) -> new SafetyLine(
                        rs.getObject("id", UUID.class),
                        SafetyLine.Kind.valueOf(rs.getString("kind")),
                        rs.getString("what"),
                        rs.getString("who"),
                        rs.getObject("participant_id", UUID.class),
                        rs.getString("phone"),
                        date(rs, "due_on"),
                        date(rs, "evaluated_on"),
                        rs.getString("outcome"),
                        rs.getObject("evaluated_by", UUID.class)))
                .list();
    }

    private static SafetyPlan head(ResultSet rs, int row) throws SQLException {
        return new SafetyPlan(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getObject("started_by", UUID.class),
                date(rs, "started_on"),
                rs.getString("reason"),
                rs.getObject("signal_id", UUID.class),
                date(rs, "ended_on"),
                rs.getObject("ended_by", UUID.class),
                rs.getString("end_reason"),
                List.of());
    }

    private static SafetyPlan withLines(SafetyPlan h, List<SafetyLine> lines) {
        return new SafetyPlan(
                h.id(),
                h.planId(),
                h.householdId(),
                h.startedBy(),
                h.startedOn(),
                h.reason(),
                h.signalId(),
                h.endedOn(),
                h.endedBy(),
                h.endReason(),
                lines);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        var d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
