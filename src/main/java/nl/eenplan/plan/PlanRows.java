package nl.eenplan.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Reads a whole plan, with its goals, actions and evaluations, and its established versions: for {@link Plans}. */
final class PlanRows {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Plan> current(UUID householdId) {
        return jdbc.sql(
                        "select * from plan where household_id = ? order by (status = 'CLOSED'), created_at desc limit 1")
                .param(householdId)
                .query(this::planRow)
                .optional()
                .map(this::withGoals);
    }

    Optional<Plan> find(UUID planId) {
        return jdbc.sql("select * from plan where id = ?")
                .param(planId)
                .query(this::planRow)
                .optional()
                .map(this::withGoals);
    }

    /** PL-9: the participants who agreed to the plan as it stands (its version counter). */
    List<UUID> agreed(Plan plan) {
        return jdbc.sql("select participant_id from plan_agreement where plan_id = ? and plan_version = ?")
                .params(plan.id(), plan.version())
                .query(UUID.class)
                .list();
    }

    /** PL-9: every established version of the plan, in order. */
    List<PlanSnapshot> versions(UUID planId) {
        return jdbc
                .sql("select snapshot from plan_version where plan_id = ? order by number")
                .param(planId)
                .query(String.class)
                .list()
                .stream()
                .map(s -> json.readValue(s, PlanSnapshot.class))
                .toList();
    }

    Optional<PlanSnapshot> version(UUID planId, int number) {
        return jdbc.sql("select snapshot from plan_version where plan_id = ? and number = ?")
                .params(planId, number)
                .query(String.class)
                .optional()
                .map(s -> json.readValue(s, PlanSnapshot.class));
    }

    private Plan withGoals(Plan plan) {
        var actionsByGoal = new HashMap<UUID, List<Action>>();
        var participants = new HashMap<UUID, Set<UUID>>();
        jdbc.sql("""
                        select ap.action_id, ap.participant_id from action_participant ap
                        join action a on a.id = ap.action_id join goal g on g.id = a.goal_id where g.plan_id = ?
                        """)
                .param(plan.id())
                .query((rs, n) -> participants
                        .computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        jdbc.sql("""
                        select a.* from action a join goal g on g.id = a.goal_id
                        where g.plan_id = ? order by a.target_date, a.created_at
                        """)
                .param(plan.id())
                .query((rs, n) -> new Action(
                        rs.getObject("id", UUID.class),
                        rs.getObject("goal_id", UUID.class),
                        rs.getString("what"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("target_date", LocalDate.class),
                        rs.getObject("evaluation_date", LocalDate.class),
                        Set.copyOf(participants.getOrDefault(rs.getObject("id", UUID.class), Set.of())),
                        instant(rs, "done_at")))
                .list()
                .forEach(a -> actionsByGoal
                        .computeIfAbsent(a.goalId(), k -> new ArrayList<>())
                        .add(a));
        var evaluationsByGoal = new HashMap<UUID, List<Evaluation>>();
        jdbc.sql("""
                        select e.* from evaluation e join goal g on g.id = e.goal_id
                        where g.plan_id = ? order by e.evaluated_on, e.recorded_at
                        """)
                .param(plan.id())
                .query((rs, n) -> new Evaluation(
                        rs.getObject("id", UUID.class),
                        rs.getObject("goal_id", UUID.class),
                        rs.getObject("evaluated_on", LocalDate.class),
                        rs.getBoolean("reached"),
                        (Boolean) rs.getObject("actions_done"),
                        rs.getString("why_not_done"),
                        rs.getString("how_to_improve"),
                        rs.getString("why_no_effect"),
                        (Boolean) rs.getObject("on_right_track"),
                        rs.getString("meaning_for_household"),
                        rs.getString("achieved")))
                .list()
                .forEach(e -> evaluationsByGoal
                        .computeIfAbsent(e.goalId(), k -> new ArrayList<>())
                        .add(e));
        var goals = jdbc.sql("select * from goal where plan_id = ? order by priority, created_at")
                .param(plan.id())
                .query((rs, n) -> new Goal(
                        rs.getObject("id", UUID.class),
                        rs.getInt("priority"),
                        rs.getString("title"),
                        GoalStatus.valueOf(rs.getString("status")),
                        List.copyOf(actionsByGoal.getOrDefault(rs.getObject("id", UUID.class), List.of())),
                        List.copyOf(evaluationsByGoal.getOrDefault(rs.getObject("id", UUID.class), List.of()))))
                .list();
        return PlanParts.withGoals(plan, goals);
    }

    private Plan planRow(ResultSet rs, int row) throws SQLException {
        var arrangement = rs.getString("arrangement");
        var closeReason = rs.getString("close_reason");
        return new Plan(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getInt("version"),
                PlanStatus.valueOf(rs.getString("status")),
                arrangement == null || arrangement.isBlank() ? null : Arrangement.valueOf(arrangement),
                rs.getString("arrangement_other"),
                rs.getString("first_agreements"),
                rs.getBoolean("family_group_plan"),
                rs.getObject("written_plan_requested_on", LocalDate.class),
                rs.getObject("no_family_group_plan_on", LocalDate.class),
                rs.getInt("last_version_number"),
                rs.getBoolean("changed_since_version"),
                instant(rs, "created_at"),
                instant(rs, "closed_at"),
                closeReason == null ? null : CloseReason.valueOf(closeReason),
                List.of(),
                new Situation(
                        rs.getString("situation"),
                        rs.getString("help_question"),
                        uuids(rs.getArray("foster_parent_ids")),
                        rs.getObject("closed_youth_care_on", LocalDate.class)));
    }

    private static Set<UUID> uuids(java.sql.Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        var ids = new HashSet<UUID>();
        for (var id : (Object[]) array.getArray()) {
            ids.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
        }
        return ids;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
