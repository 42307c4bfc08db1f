package nl.eenplan.escalation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdErasure;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** a destroyed household's escalations with their steps, and its stagnation signals. */
@Component
@Order(20)
class EscalationErasure implements HouseholdErasure {

    private final JdbcClient jdbc;

    EscalationErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> erase(UUID householdId) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("escalation_step", jdbc.sql("""
                delete from escalation_step where escalation_id in (select id from escalation where household_id = ?)
                """).param(householdId).update());
        counts.put("escalation", jdbc.sql("""
                delete from escalation where household_id = ?
                """).param(householdId).update());
        counts.put("stagnation", jdbc.sql("""
                delete from stagnation where household_id = ?
                """).param(householdId).update());
        return counts;
    }
}
