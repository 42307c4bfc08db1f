package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.UUID;

/** An open agreement (action) and one participant it is assigned to: what a stagnation can be about. */
public record SignallableAgreement(UUID actionId, UUID participantId, String what, String who, LocalDate targetDate) {}
