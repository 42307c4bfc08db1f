package nl.eenplan.household;

import java.util.UUID;

/** H-1: a member moved out of the household's address, or (back) in. */
public record MemberMoved(UUID householdId, UUID memberId, boolean livesAtAddress) {}
