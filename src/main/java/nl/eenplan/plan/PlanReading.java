package nl.eenplan.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.consent.PlanConsentMissing;
import nl.eenplan.consent.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a household's plan. A professional without consent gets {@link PlanConsentMissing} (C-1);
 * every read is logged in the same transaction.
 */
@Service
public class PlanReading {

    private final CurrentPlans plans;
    /** Looked up when needed: a part of the plan may read the plan itself. */
    private final ObjectProvider<VersionSnapshots> snapshots;

    PlanReading(CurrentPlans plans, ObjectProvider<VersionSnapshots> snapshots) {
        this.plans = plans;
        this.snapshots = snapshots;
    }

    /**
     * The parts of the plan beyond tab 1 and the goals (PL-3, PL-4, PL-6, PL-7) as they are now, as this
     * viewer may see them, by part; {@code plan} is the plan as {@link #current} gave it to him. Logs
     * nothing: it is part of the read of the plan.
     */
    @Transactional(readOnly = true)
    public Map<String, List<FrozenSection>> currentParts(Plan plan, Viewer viewer) {
        viewer.seeingPlan();
        return snapshots.getObject().currentParts(plan, viewer);
    }

    /** The current plan as this viewer may see it; network members see their own actions only. */
    @Transactional
    public Plan current(UUID householdId, Viewer viewer) {
        var plan = currentAsPartOf(householdId, viewer);
        plans.log(viewer, "PLAN_READ", plan, null);
        return plan;
    }

    /**
     * the current plan exactly as {@link #current} gives it to this viewer, for a
     * machine-readable copy (FHIR); logged as an export of the plan, not as a read.
     */
    @Transactional
    public Plan export(UUID householdId, Viewer viewer) {
        var plan = currentAsPartOf(householdId, viewer);
        plans.log(viewer, "PLAN_EXPORTED_FHIR", plan, "fhir");
        return plan;
    }

    /**
     * The current plan as {@link #current} gives it, without an entry in the access log: for a read that
     * is part of another access, which the caller logs under its own, more specific event (X-1: one
     * access, one entry). Never for a read that is not logged at all.
     */
    @Transactional
    public Plan currentAsPartOf(UUID householdId, Viewer viewer) {
        var plan = plans.of(householdId, viewer);
        return switch (viewer.scope()) {
            case FULL -> plan;
            case APPROACH -> PlanParts.onlyActionsOf(plan, viewer.participant().id());
            case COPY, NO_CONSENT -> throw new PlanNotFound();
        };
    }

    /** PL-9: a copy-only recipient opens the plan and is led to its established versions; logged. */
    @Transactional
    public void openAsCopyRecipient(UUID householdId, Viewer viewer) {
        if (viewer.seeingPlan().scope() != Viewer.Scope.COPY) {
            throw new PlanNotFound();
        }
        plans.log(viewer, "PLAN_READ", plans.of(householdId, viewer), "copy");
    }
}
