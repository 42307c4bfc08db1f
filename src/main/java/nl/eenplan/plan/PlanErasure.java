package nl.eenplan.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdErasure;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** every plan of a destroyed household, the current and the earlier ones, with all they hold. */
@Component
@Order(40)
class PlanErasure implements HouseholdErasure {

    private final JdbcClient jdbc;

    PlanErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> erase(UUID householdId) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("action_participant", jdbc.sql("""
                delete from action_participant where action_id in (select a.id from action a join goal g on g.id = a.goal_id join plan p on p.id = g.plan_id where p.household_id = ?)
                """).param(householdId).update());
        counts.put("evaluation", jdbc.sql("""
                delete from evaluation where goal_id in (select g.id from goal g join plan p on p.id = g.plan_id where p.household_id = ?)
                """).param(householdId).update());
        counts.put("action", jdbc.sql("""
                delete from action where goal_id in (select g.id from goal g join plan p on p.id = g.plan_id where p.household_id = ?)
                """).param(householdId).update());
        counts.put("goal", jdbc.sql("""
                delete from goal where plan_id in (select id from plan where household_id = ?)
                """).param(householdId).update());
        counts.put("plan_version", jdbc.sql("""
                delete from plan_version where plan_id in (select id from plan where household_id = ?)
                """).param(householdId).update());
        counts.put("plan_copy", jdbc.sql("""
                delete from plan_copy where plan_id in (select id from plan where household_id = ?)
                """).param(householdId).update());
        counts.put("plan_agreement", jdbc.sql("""
                delete from plan_agreement where plan_id in (select id from plan where household_id = ?)
                """).param(householdId).update());
        counts.put("plan", jdbc.sql("""
                delete from plan where household_id = ?
                """).param(householdId).update());
        return counts;
    }
}
