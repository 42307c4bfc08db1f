package nl.eenplan.household;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** the household's own records go last: parental authority, members, the household itself. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class HouseholdFileErasure implements HouseholdErasure {

    private final JdbcClient jdbc;

    HouseholdFileErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> erase(UUID householdId) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("parental_authority", jdbc.sql("""
                        delete from parental_authority where child_id in
                          (select id from household_member where household_id = ?)
                        """).param(householdId).update());
        counts.put(
                "household_member",
                jdbc.sql("delete from household_member where household_id = ?")
                        .param(householdId)
                        .update());
        // household_history is append-only for EenPlan; it goes with its household (on delete cascade,
        // which PostgreSQL carries out as the table's owner).
        counts.put(
                "household",
                jdbc.sql("delete from household where id = ?")
                        .param(householdId)
                        .update());
        return counts;
    }
}
