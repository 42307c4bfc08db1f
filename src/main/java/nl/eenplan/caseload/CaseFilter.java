package nl.eenplan.caseload;

/** What needs attention in a household, to narrow "Mijn gezinnen" down to. */
public enum CaseFilter {
    /** An open action of the current plan is past its target date. */
    OVERDUE,
    /** An escalation is open (E-1..E-4). */
    ESCALATION,
    /** A round table is still to be held: planned, or waiting in its 5-15 working-day window (M-1..M-3). */
    ROUND_TABLE,
    /** C-3: an oral consent's written form has not come, or a consent ends within {@link CaseQuery#RENEWAL_WEEKS} weeks. */
    CONSENT
}
