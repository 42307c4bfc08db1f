package nl.eenplan.plan;

import java.util.UUID;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.consent.Viewer;
import org.springframework.stereotype.Component;

/**
 * What every use case of the plan starts and ends with: the household's current plan (no plan, or not
 * for this viewer: {@link PlanNotFound}) and the entry in the access log, with the basis of the
 * viewer's view (participation or consents).
 */
@Component
class CurrentPlans {

    private final Plans plans;
    private final AuditLog audit;

    CurrentPlans(Plans plans, AuditLog audit) {
        this.plans = plans;
        this.audit = audit;
    }

    /** The current plan for a viewer who saw the plan (C-1 checked by {@link Viewer#seeingPlan()}). */
    Plan of(UUID householdId, Viewer viewer) {
        viewer.seeingPlan();
        return plans.current(householdId).orElseThrow(PlanNotFound::new);
    }

    /** The current plan for a viewer who may change it; to others it is not found. */
    Plan toChange(UUID householdId, Viewer viewer) {
        if (!viewer.seeingPlan().mayEdit()) {
            throw new PlanNotFound();
        }
        return plans.current(householdId).orElseThrow(PlanNotFound::new);
    }

    /** every read and write, with the basis of the viewer's view. */
    void log(Viewer viewer, String event, Plan plan, String detail) {
        log(viewer, event, plan.id(), plan.householdId(), detail);
    }

    void log(Viewer viewer, String event, UUID planId, UUID householdId, String detail) {
        audit.record(new AuditEvent(viewer.accountId(), null, event, "plan", planId.toString(), householdId, detail)
                .on(viewer.accessBasis()));
    }
}
