package nl.eenplan.meeting;

/**
 * M-4: what a decision of a round table became: a new goal or action in the plan, an agreement
 * kept with the round table, or (M-2, at the first round table) the coordinator.
 */
public enum DecisionKind {
    GOAL,
    ACTION,
    AGREEMENT,
    COORDINATOR
}
