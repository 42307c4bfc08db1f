package nl.eenplan.escalation;

/** How a step of the ladder ended: with a commitment to new agreements, or without. */
public enum Outcome {
    COMMITMENT,
    NO_COMMITMENT
}
