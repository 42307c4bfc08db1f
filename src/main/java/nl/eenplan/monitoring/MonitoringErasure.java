package nl.eenplan.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdErasure;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** the read model's facts about a destroyed household go with it (ids and dates, no names, yet keyed by the household). */
@Component
@Order(10)
class MonitoringErasure implements HouseholdErasure {

    private final JdbcClient jdbc;

    MonitoringErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> erase(UUID householdId) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put(
                "monitoring_escalation_fact", jdbc.sql("""
                delete from monitoring_escalation_fact where household_id = ?
                """).param(householdId).update());
        counts.put(
                "monitoring_round_table_fact", jdbc.sql("""
                delete from monitoring_round_table_fact where household_id = ?
                """).param(householdId).update());
        counts.put("monitoring_consent_fact", jdbc.sql("""
                delete from monitoring_consent_fact where household_id = ?
                """).param(householdId).update());
        counts.put("monitoring_plan_fact", jdbc.sql("""
                delete from monitoring_plan_fact where household_id = ?
                """).param(householdId).update());
        return counts;
    }
}
