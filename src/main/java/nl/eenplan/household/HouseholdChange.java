package nl.eenplan.household;

/** What happened to a household's members after registration, as its history tells it (H-1, X-6). */
public enum HouseholdChange {
    MEMBER_ADDED,
    CHILD_BORN,
    MOVED_OUT,
    MOVED_IN,
    AUTHORITY_CHANGED,
    /** a mistake corrected at the household's request (AVG rectification). */
    RECTIFIED
}
