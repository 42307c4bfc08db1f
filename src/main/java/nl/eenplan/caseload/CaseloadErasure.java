package nl.eenplan.caseload;

import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdErasure;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** who of the access team was responsible for a destroyed household. */
@Component
@Order(15)
class CaseloadErasure implements HouseholdErasure {

    private final JdbcClient jdbc;

    CaseloadErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> erase(UUID householdId) {
        return Map.of(
                "case_assignment",
                jdbc.sql("delete from case_assignment where household_id = ?")
                        .param(householdId)
                        .update());
    }
}
