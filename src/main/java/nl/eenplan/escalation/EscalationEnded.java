package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.UUID;

/** E-4: the case went back to the coordinator at this step; the escalation is closed. */
public record EscalationEnded(UUID escalationId, UUID householdId, UUID municipalityId, int step, LocalDate on)
        implements EscalationEvent {}
