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
        var created = Instant.EPOCH;
        return new Plan(
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                status,
                null,
                null,
                "",
                false,
                null,
                null,
                status == PlanStatus.DRAFT ? 0 : 1,
                changedSinceVersion,
                created,
                status == PlanStatus.CLOSED ? created : null,
                null,
                List.copyOf(goals));
    }
}
