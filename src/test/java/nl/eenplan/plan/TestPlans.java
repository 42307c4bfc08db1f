package nl.eenplan.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Plans for tests of rules that only read a plan: a household's plan in a given status with these
 * goals, without arrangement, family group plan or close reason. A draft has no version yet; an
 * established or closed plan has version 1.
 */
public final class TestPlans {

    private TestPlans() {}

    public static Plan plan(PlanStatus status, boolean changedSinceVersion, List<Goal> goals) {
        var started = PlanParts.started(UUID.randomUUID(), UUID.randomUUID(), Instant.EPOCH);
        var inStatus = PlanParts.withStatus(
                started,
                status,
                status == PlanStatus.DRAFT ? 0 : 1,
                changedSinceVersion,
                status == PlanStatus.CLOSED ? Instant.EPOCH : null,
                null);
        return PlanParts.withGoals(inStatus, List.copyOf(goals));
    }
}
