package nl.eenplan.plan;

import java.util.List;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * H-4: the household's earlier plans, closed before its current one, stay readable: their established
 * versions, to whoever sees the current plan and as far as they see it (X-5, C-1), read only. Every
 * read is logged.
 */
@Service
public class EarlierPlans {

    private final Plans plans;
    private final CurrentPlans current;
    private final JdbcClient jdbc;
    private final VersionSnapshots snapshots;

    EarlierPlans(Plans plans, CurrentPlans current, JdbcClient jdbc, VersionSnapshots snapshots) {
        this.plans = plans;
        this.current = current;
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    /** The earlier plans, the latest first, with their versions as this viewer may see them. */
    @Transactional
    public List<EarlierPlan> of(UUID householdId, Viewer viewer) {
        var now = current.of(householdId, viewer);
        var earlier = jdbc.sql("""
                        select id from plan where household_id = ? and id <> ? and status = 'CLOSED'
                        order by created_at desc
                        """).params(householdId, now.id()).query(UUID.class).list().stream()
                .map(id -> plans.find(id).orElseThrow(PlanNotFound::new))
                .map(plan -> new EarlierPlan(
                        plan.id(),
                        plan.createdAt(),
                        plan.closedAt(),
                        plan.closeReason(),
                        plans.versions(plan.id()).stream()
                                .map(v -> snapshots.asSeenBy(viewer, v))
                                .toList()))
                .toList();
        current.log(viewer, "EARLIER_PLANS_READ", now.id(), householdId, String.valueOf(earlier.size()));
        return earlier;
    }

    /** One version of an earlier plan, read only; logged. */
    @Transactional
    public PlanSnapshot version(UUID householdId, Viewer viewer, UUID planId, int number) {
        var plan = plan(householdId, viewer, planId);
        var snapshot = plans.version(plan.id(), number)
                .map(v -> snapshots.asSeenBy(viewer, v))
                .orElseThrow(PlanNotFound::new);
        current.log(viewer, "PLAN_VERSION_READ", plan, "earlier plan, version " + number);
        return snapshot;
    }

    /** An earlier plan of this household for a viewer who sees its current plan; any other plan is not found. */
    Plan plan(UUID householdId, Viewer viewer, UUID planId) {
        var now = current.of(householdId, viewer);
        return plans.find(planId)
                .filter(plan -> plan.householdId().equals(householdId))
                .filter(plan -> plan.closed() && !plan.id().equals(now.id()))
                .orElseThrow(PlanNotFound::new);
    }
}
