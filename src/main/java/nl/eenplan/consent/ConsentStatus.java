package nl.eenplan.consent;

/** Where a consent stands on a day; labels {@code consent.status.<NAME>}. */
public enum ConsentStatus {
    /** In its period, not withdrawn, and still given by those the age rule asks (C-1). */
    VALID,
    /** Its period has not started yet. */
    NOT_YET_VALID,
    /** Its period has ended. */
    EXPIRED,
    /** Withdrawn; from that day on it allows nothing. */
    WITHDRAWN,
    /** In its period, but no longer given by those the age rule asks: a birthday or a change of authority. */
    NEEDS_RENEWAL;

    /** Whether it still asks something of someone: it can be withdrawn. */
    public boolean open() {
        return this != EXPIRED && this != WITHDRAWN;
    }
}
