package nl.eenplan.plan;

/** a plan ends only when care has been wound down or handed over. */
public enum CloseReason {
    WOUND_DOWN,
    HANDED_OVER
}
