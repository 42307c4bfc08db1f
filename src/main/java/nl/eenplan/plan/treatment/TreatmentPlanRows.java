package nl.eenplan.plan.treatment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PL-7: the treatment plan links of a plan, with the goals each serves. */
@Repository
class TreatmentPlanRows {

    private final JdbcClient jdbc;

    TreatmentPlanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's links, the current ones first, each in the order they were added. */
    List<TreatmentPlanLink> of(UUID planId) {
        var goals = new HashMap<UUID, List<UUID>>();
        jdbc.sql("""
                select g.link_id, g.goal_id from treatment_plan_goal g
                join treatment_plan_link l on l.id = g.link_id join goal on goal.id = g.goal_id
                where l.plan_id = ? order by goal.priority
                """)
                .param(planId)
                .query((rs, n) -> goals.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return jdbc.sql("""
                        select * from treatment_plan_link where plan_id = ?
                        order by (ended_on is not null), created_at, id
                        """).param(planId).query((rs, n) -> row(rs, goals)).list();
    }

    Optional<TreatmentPlanLink> find(UUID planId, UUID id) {
        return of(planId).stream().filter(l -> l.id().equals(id)).findFirst();
    }

    void insert(TreatmentPlanLink link) {
        jdbc.sql("""
                insert into treatment_plan_link (id, plan_id, participant_id, professional_name, organisation_name,
                    name, reference, valid_from, valid_to, agreed_at, ended_on, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        link.id(),
                        link.planId(),
                        link.participantId(),
                        link.professionalName(),
                        link.organisationName(),
                        link.name(),
                        link.reference(),
                        link.validFrom(),
                        link.validTo(),
                        Timestamp.from(link.agreedAt()),
                        link.endedOn(),
                        Timestamp.from(link.createdAt()))
                .update();
        goals(link);
    }

    void update(TreatmentPlanLink link) {
        jdbc.sql("""
                update treatment_plan_link set participant_id = ?, professional_name = ?, organisation_name = ?,
                    name = ?, reference = ?, valid_from = ?, valid_to = ?, agreed_at = ?, ended_on = ?
                where id = ?
                """)
                .params(
                        link.participantId(),
                        link.professionalName(),
                        link.organisationName(),
                        link.name(),
                        link.reference(),
                        link.validFrom(),
                        link.validTo(),
                        Timestamp.from(link.agreedAt()),
                        link.endedOn(),
                        link.id())
                .update();
        jdbc.sql("delete from treatment_plan_goal where link_id = ?")
                .param(link.id())
                .update();
        goals(link);
    }

    /** everything of the household's plans, for its destruction. */
    Map<String, Integer> eraseHousehold(UUID householdId) {
        var counts = new java.util.LinkedHashMap<String, Integer>();
        counts.put("treatment_plan_goal", jdbc.sql("""
                delete from treatment_plan_goal where link_id in (select l.id from treatment_plan_link l
                    join plan p on p.id = l.plan_id where p.household_id = ?)
                """).param(householdId).update());
        counts.put("treatment_plan_link", jdbc.sql("""
                delete from treatment_plan_link where plan_id in (select id from plan where household_id = ?)
                """).param(householdId).update());
        return counts;
    }

    /** The ids of the household's plans, oldest first. */
    List<UUID> plansOf(UUID householdId) {
        return jdbc.sql("select id from plan where household_id = ? order by created_at")
                .param(householdId)
                .query(UUID.class)
                .list();
    }

    /** The titles of these goals, in the household's order of priority. */
    List<String> goalTitles(List<UUID> goalIds) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select title from goal where id in (:ids) order by priority")
                .param("ids", goalIds)
                .query(String.class)
                .list();
    }

    private void goals(TreatmentPlanLink link) {
        for (var goal : link.goalIds()) {
            jdbc.sql("insert into treatment_plan_goal (link_id, goal_id) values (?, ?)")
                    .params(link.id(), goal)
                    .update();
        }
    }

    private static TreatmentPlanLink row(ResultSet rs, Map<UUID, List<UUID>> goals) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        return new TreatmentPlanLink(
                id,
                rs.getObject("plan_id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                rs.getString("professional_name"),
                rs.getString("organisation_name"),
                rs.getString("name"),
                rs.getString("reference"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                goals.getOrDefault(id, List.of()),
                rs.getTimestamp("agreed_at").toInstant(),
                rs.getObject("ended_on", LocalDate.class),
                instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
