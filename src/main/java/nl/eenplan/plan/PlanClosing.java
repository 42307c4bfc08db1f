package nl.eenplan.plan;

import java.time.Clock;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a household's plan and starting a new one after it (H-4): one household, one current
 * plan; a closed plan stays in the household's history. Logged.
 */
@Service
public class PlanClosing {

    private final Plans plans;
    private final CurrentPlans current;
    private final Clock clock;

    PlanClosing(Plans plans, CurrentPlans current, Clock clock) {
        this.plans = plans;
        this.current = current;
        this.clock = clock;
    }

    /** closes the plan when care is wound down or handed over. */
    @Transactional
    public void close(UUID householdId, Viewer viewer, int expectedVersion, CloseReason reason) {
        var plan = current.toChange(householdId, viewer);
        plans.save(plan.close(expectedVersion, reason, clock.instant()));
        current.log(viewer, "PLAN_CLOSED", plan, reason.name());
    }

    /** H-4: after a plan closed, a new one may start; the earlier one stays in the history. */
    @Transactional
    public UUID startNew(UUID householdId, Viewer viewer) {
        if (!viewer.seeingPlan().mayEdit()) {
            throw new PlanNotFound();
        }
        var id = UUID.randomUUID();
        plans.save(Plan.start(plans.current(householdId), id, householdId, clock.instant()));
        current.log(viewer, "PLAN_STARTED", id, householdId, null);
        return id;
    }
}
