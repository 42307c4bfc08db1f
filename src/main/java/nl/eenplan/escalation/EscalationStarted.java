package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.UUID;

/** E-1: a stagnation about a professional started the ladder at step 1. */
public record EscalationStarted(UUID escalationId, UUID householdId, UUID municipalityId, LocalDate on)
        implements EscalationEvent {}
