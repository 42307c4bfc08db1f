package nl.eenplan.organisation;

/** IMP-5: the trainings EenPlan keeps a record of: the basic training in the method, and chairing a meeting. */
public enum TrainingKind {
    METHOD_BASIC,
    CHAIRING
}
