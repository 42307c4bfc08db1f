package nl.eenplan.participation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * a participant left the team on this date. Plan, meetings and monitoring may react (his open
 * actions need someone else); the chain was mailed in the same transaction.
 */
public record ParticipantLeft(UUID householdId, UUID participantId, LocalDate endedOn, boolean wasCoordinator) {}
