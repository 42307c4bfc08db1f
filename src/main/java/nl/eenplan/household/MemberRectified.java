package nl.eenplan.household;

import java.util.UUID;

/** a member's registered data was corrected (AVG rectification); his age may have changed with it. */
public record MemberRectified(UUID householdId, UUID memberId) {}
