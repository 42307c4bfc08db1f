package nl.eenplan.caseload;

/** Why a person finds a household, which decides how much of it a row shows and where it links to. */
public enum CaseView {
    /** He takes part in its team as a professional: the row and a link to the plan (C-1 decides there). */
    TEAM,
    /** His access team is responsible for its municipality: the row and the assignment. */
    ACCESS_TEAM,
    /** E-2..E-4: he oversees an open escalation of it: its name and escalations, never the plan. */
    ESCALATION;

    /** Whether the row may tell the plan's status, coordinator, terms and dates. */
    public boolean showsFacts() {
        return this != ESCALATION;
    }
}
