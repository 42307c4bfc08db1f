package nl.eenplan.meeting;

import java.util.UUID;

/** M-1: participants were invited. */
public record RoundTableInvitationsSent(UUID roundTableId, UUID householdId, int invited) implements RoundTableEvent {}
