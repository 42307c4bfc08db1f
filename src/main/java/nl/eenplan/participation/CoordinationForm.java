package nl.eenplan.participation;

/** the household coordinates itself, or a participant does the case coordination. */
public enum CoordinationForm {
    SELF_DIRECTION,
    CASE_COORDINATION
}
