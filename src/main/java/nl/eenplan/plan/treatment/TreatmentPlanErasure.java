package nl.eenplan.plan.treatment;

import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdErasure;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** the treatment plan links of every plan of a destroyed household, before the plans themselves. */
@Component
@Order(39)
class TreatmentPlanErasure implements HouseholdErasure {

    private final TreatmentPlanRows rows;

    TreatmentPlanErasure(TreatmentPlanRows rows) {
        this.rows = rows;
    }

    @Override
    public Map<String, Integer> erase(UUID householdId) {
        return rows.eraseHousehold(householdId);
    }
}
