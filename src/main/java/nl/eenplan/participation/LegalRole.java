package nl.eenplan.participation;

/** Roles that matter for R-6: in a non-voluntary frame coordination goes to these first. */
public enum LegalRole {
    GUARDIAN,
    FAMILY_GUARDIAN,
    PROBATION_OFFICER
}
