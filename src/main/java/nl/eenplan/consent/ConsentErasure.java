package nl.eenplan.consent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdErasure;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** a destroyed household's consents, sharing without consent and reporting-code records. */
@Component
@Order(50)
class ConsentErasure implements HouseholdErasure {

    private final JdbcClient jdbc;

    ConsentErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> erase(UUID householdId) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("consent", jdbc.sql("""
                delete from consent where household_id = ?
                """).param(householdId).update());
        counts.put("sharing_override", jdbc.sql("""
                delete from sharing_override where household_id = ?
                """).param(householdId).update());
        counts.put("consent_signal", jdbc.sql("""
                delete from consent_signal where household_id = ?
                """).param(householdId).update());
        return counts;
    }
}
