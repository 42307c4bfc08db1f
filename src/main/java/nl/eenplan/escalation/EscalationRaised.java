package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.UUID;

/** E-2..E-4: the escalation went up to this step. */
public record EscalationRaised(UUID escalationId, UUID householdId, UUID municipalityId, int step, LocalDate on)
        implements EscalationEvent {}
