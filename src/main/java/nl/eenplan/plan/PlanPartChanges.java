package nl.eenplan.plan;

import java.time.Clock;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a {@link PlanPart} reads and changes the plan it belongs to: the part's own rows change only in the
 * same transaction as the plan's version (the one version of the whole plan, so a change made on an
 * outdated page is refused with {@link PlanChangedMeanwhile}), a closed plan changes no more, and every
 * read and write is logged with the basis of the viewer's view.
 */
@Service
public class PlanPartChanges {

    private final Plans plans;
    private final CurrentPlans current;
    private final Clock clock;

    PlanPartChanges(Plans plans, CurrentPlans current, Clock clock) {
        this.plans = plans;
        this.current = current;
        this.clock = clock;
    }

    /** C-1: the current plan for a viewer who may see it; to others it is not found. Logs nothing. */
    public Plan current(UUID householdId, Viewer viewer) {
        return current.of(householdId, viewer);
    }

    /**
     * PL-9: the current plan, for a viewer who may change it, claimed at {@code expectedVersion} for a change
     * of {@code part}; logged as {@code auditEvent}. The part writes its own rows after this, in the same
     * transaction.
     */
    @Transactional
    public Plan change(
            UUID householdId, Viewer viewer, int expectedVersion, PlanPart part, String auditEvent, String detail) {
        var plan = current.toChange(householdId, viewer);
        plans.save(plan.changePart(expectedVersion, part.key(), clock.instant()));
        current.log(viewer, auditEvent, plan, detail);
        return plan;
    }

    /** a read of a part of the plan, with the basis of the viewer's view. */
    public void log(Viewer viewer, String auditEvent, Plan plan, String detail) {
        current.log(viewer, auditEvent, plan, detail);
    }
}
