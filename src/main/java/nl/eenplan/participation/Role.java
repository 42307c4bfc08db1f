package nl.eenplan.participation;

/**
 * The roles in which a participant acts for the plan; {@link RoleEligibility} says who may take each.
 * Every role has a message key {@code role.<NAME>} and a refusal {@code role.refused.<NAME>}.
 */
public enum Role {
    /** the case coordinator (casusregisseur). */
    COORDINATOR,
    /** the process coordinator (procesregisseur) in complex cases. */
    PROCESS_COORDINATOR,
    /** M-4: chairs a round table. */
    CHAIR,
    /** M-4: takes the minutes of a round table. */
    MINUTE_TAKER,
    /** PL-2: does an action of the plan. */
    ACTION_OWNER,
    /** H-2: is invited to log in to EenPlan. */
    LOGIN_INVITEE
}
