package nl.eenplan.household;

import java.util.UUID;

/**
 * H-1: a member joined the household after its registration (born, or an expected child). Consent (C-1)
 * treats a born member as a subject of his own from this moment; the team adds him as a participant.
 */
public record MemberAdded(UUID householdId, UUID memberId, boolean unborn) {}
