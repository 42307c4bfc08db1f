package nl.eenplan.meeting;

/** Where a round table stands: still to be held, held (MON-2 counts whether within the window), or called off. */
public enum RoundTableStatus {
    PLANNED,
    HELD,
    CANCELLED
}
