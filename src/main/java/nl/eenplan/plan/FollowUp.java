package nl.eenplan.plan;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * G-4: what a module that follows the plan (escalation) reads of it: the household's current plan
 * with its actions and evaluations. It checks no access and writes no log entry: the caller decides
 * who may see what it shows, and logs that.
 */
@Service
public class FollowUp {

    private final Plans plans;

    FollowUp(Plans plans) {
        this.plans = plans;
    }

    @Transactional(readOnly = true)
    public Optional<Plan> currentPlan(UUID householdId) {
        return plans.current(householdId);
    }
}
