package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.UUID;

/** E-1..E-4: the owner recorded how the current step ended. */
public record EscalationOutcomeRecorded(UUID escalationId, UUID householdId, int step, Outcome outcome, LocalDate on)
        implements EscalationEvent {}
