package nl.eenplan.participation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdErasure;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** a destroyed household's team, coordination and the history of coordination. */
@Component
@Order(60)
class TeamErasure implements HouseholdErasure {

    private final JdbcClient jdbc;

    TeamErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> erase(UUID householdId) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("coordination_history", jdbc.sql("""
                delete from coordination_history where household_id = ?
                """).param(householdId).update());
        counts.put("coordination_intensity", jdbc.sql("""
                delete from coordination_intensity where household_id = ?
                """).param(householdId).update());
        counts.put("coordination", jdbc.sql("""
                delete from coordination where household_id = ?
                """).param(householdId).update());
        // team_history is append-only for EenPlan; it goes with its participants (on delete cascade,
        // which PostgreSQL carries out as the table's owner).
        counts.put("participant", jdbc.sql("""
                delete from participant where household_id = ?
                """).param(householdId).update());
        return counts;
    }
}
