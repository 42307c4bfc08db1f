package nl.eenplan.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** H-4: a closed plan of the household before its current one, with its established versions (read only). */
public record EarlierPlan(
        UUID id, Instant startedAt, Instant closedAt, CloseReason closeReason, List<PlanSnapshot> versions) {}
