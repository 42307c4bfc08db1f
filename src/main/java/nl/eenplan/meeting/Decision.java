package nl.eenplan.meeting;

import java.time.Instant;
import java.util.UUID;

/** M-4: a decision of a round table and what it became: a goal or action in the plan, an agreement, the coordinator. */
public record Decision(UUID id, DecisionKind kind, String text, UUID goalId, UUID actionId, Instant recordedAt) {}
