package nl.eenplan.plan;

public enum PlanStatus {
    DRAFT,
    ESTABLISHED,
    CLOSED
}
