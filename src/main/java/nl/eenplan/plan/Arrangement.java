package nl.eenplan.plan;

/** PL-1: how the participants coordinate with each other. */
public enum Arrangement {
    EMAIL,
    PHONE,
    COORDINATION_MEETING,
    OTHER
}
