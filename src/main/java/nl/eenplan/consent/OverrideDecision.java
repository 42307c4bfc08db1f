package nl.eenplan.consent;

/** C-5: the decision after the five questions and the team discussion; both are recorded. */
public enum OverrideDecision {
    SHARE,
    DO_NOT_SHARE
}
