package nl.eenplan.participation;

import java.util.UUID;

/** H-2: someone joined the household's team (a member, the network or a professional). Ids only. */
public record ParticipantJoined(UUID householdId, UUID participantId) {}
