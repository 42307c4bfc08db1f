package nl.eenplan.caseload;

/** Where a household's plan stands (H-4): its current plan's status, the last one closed, or none yet. */
public enum PlanState {
    DRAFT,
    ESTABLISHED,
    CLOSED,
    NONE
}
