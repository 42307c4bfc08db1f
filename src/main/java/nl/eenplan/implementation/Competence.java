package nl.eenplan.implementation;

/** IMP-6: the competences of the coordinator's profile, on which a provider recruits and assesses coordinators. */
public enum Competence {
    COURAGE_AND_DECISIVENESS,
    MOTIVATING,
    INNOVATIVE,
    FLEXIBLE_AND_ENTERPRISING,
    NETWORKING
}
