package nl.eenplan.meeting;

import java.util.UUID;

/** M-2, M-4: a decision was recorded (a goal, action, agreement or the coordinator). */
public record RoundTableDecisionRecorded(UUID roundTableId, UUID householdId, DecisionKind kind)
        implements RoundTableEvent {}
