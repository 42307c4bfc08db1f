package nl.eenplan.plan;

/**
 * The tabs of the plan (Zuid-Limburg format, PL-1..PL-6): each has its own page under the plan's address,
 * {@code /households/{id}/plan} followed by {@link #path()}, and its name under {@code plan.tab.<NAME>}.
 * The safety plan (PL-6) stands beside the support plan as a tab of its own.
 */
public enum PlanTab {
    /** Tab 1 (PL-1, PL-8, PL-10): the situation, the help question, coordination and first agreements. */
    SITUATION(""),
    /** Tab 2 (PL-2, PL-7, G): goals, and who does what by when. */
    APPROACH("/approach"),
    /** Tab 3 (PL-3): requested custom provisions, the basis of a decision request. */
    PROVISIONS("/provisions"),
    /** Tab 4 (PL-4): strengths and concerns per life area, and assessments over time. */
    LIFE_AREAS("/life-areas"),
    /** Tab 5 (PL-5, C): consent for gathering and sharing information. */
    CONSENT("/consent"),
    /** PL-6: the safety plan, where safety is at stake. */
    SAFETY("/safety");

    private final String path;

    PlanTab(String path) {
        this.path = path;
    }

    /** The tab's address after {@code /households/{id}/plan}; empty for tab 1. */
    public String path() {
        return path;
    }

    /** The message key of the tab's name. */
    public String nameKey() {
        return "plan.tab." + name();
    }
}
