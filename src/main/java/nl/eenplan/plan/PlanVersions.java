package nl.eenplan.plan;

import java.util.List;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PL-9: the established versions of a household's plan, as the viewer may see them; copy-only
 * recipients see these, and nothing in between. Every read is logged once.
 */
@Service
public class PlanVersions {

    private final Plans plans;
    private final CurrentPlans current;
    private final VersionSnapshots snapshots;

    PlanVersions(Plans plans, CurrentPlans current, VersionSnapshots snapshots) {
        this.plans = plans;
        this.current = current;
        this.snapshots = snapshots;
    }

    @Transactional
    public List<PlanSnapshot> versions(UUID householdId, Viewer viewer) {
        var plan = current.of(householdId, viewer);
        current.log(viewer, "PLAN_VERSIONS_READ", plan, null);
        return all(plan, viewer);
    }

    /** PL-9: one established version. */
    @Transactional
    public PlanSnapshot version(UUID householdId, Viewer viewer, int number) {
        var plan = current.of(householdId, viewer);
        var snapshot = snapshot(plan, viewer, number);
        current.log(viewer, "PLAN_VERSION_READ", plan, "version " + number);
        return snapshot;
    }

    /**
     * PL-9: every version, and two of them side by side: the last two unless numbers are given. One
     * access, logged once, after both versions were found.
     */
    @Transactional
    public ComparedVersions compare(UUID householdId, Viewer viewer, Integer left, Integer right) {
        var plan = current.of(householdId, viewer);
        var rightNumber = right == null ? Math.max(1, plan.lastVersionNumber()) : right;
        var leftNumber = left == null ? Math.max(1, rightNumber - 1) : left;
        var before = snapshot(plan, viewer, leftNumber);
        var after = snapshot(plan, viewer, rightNumber);
        var all = all(plan, viewer);
        current.log(viewer, "PLAN_VERSIONS_READ", plan, "compare " + leftNumber + " with " + rightNumber);
        return new ComparedVersions(all, before, after);
    }

    /** One version of this plan as the viewer may see it, without logging: for callers that log the access. */
    PlanSnapshot snapshot(Plan plan, Viewer viewer, int number) {
        return plans.version(plan.id(), number)
                .map(snapshot -> snapshots.asSeenBy(viewer, snapshot))
                .orElseThrow(PlanNotFound::new);
    }

    private List<PlanSnapshot> all(Plan plan, Viewer viewer) {
        return plans.versions(plan.id()).stream()
                .map(snapshot -> snapshots.asSeenBy(viewer, snapshot))
                .toList();
    }
}
