package nl.eenplan.consent;

/** C-2: which information a consent covers; labels {@code consent.category.<NAME>}. */
public enum InformationCategory {
    /** The plan: tab 1, goals, actions and evaluations (PL). */
    PLAN,
    /** Assessments of strengths and concerns, such as the self-sufficiency matrix (PL-4, PL-5). */
    ASSESSMENTS,
    /** Documents and reports of the professionals. */
    DOCUMENTS,
    /** Minutes of round tables and other meetings (M-4). */
    MEETING_MINUTES,
    /**
     * The safety plan (PL-6): risks, agreements to keep everyone safe, whom to call. Stricter than the plan:
     * consent for the plan does not cover it; a consent or a decision to share must name it.
     */
    SAFETY_PLAN
}
