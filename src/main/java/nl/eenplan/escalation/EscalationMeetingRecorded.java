package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.UUID;

/** E-3: the two managers met. */
public record EscalationMeetingRecorded(UUID escalationId, UUID householdId, int step, LocalDate metOn)
        implements EscalationEvent {}
