package nl.eenplan.plan;

public enum GoalStatus {
    OPEN,
    REACHED,
    NOT_REACHED
}
