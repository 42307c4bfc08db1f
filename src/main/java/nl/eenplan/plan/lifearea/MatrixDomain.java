package nl.eenplan.plan.lifearea;

/**
 * PL-4: the thirteen domains of the self-sufficiency matrix, in the matrix's order. Their names are facts
 * ({@code lifearea.domain.<NAME>}); what each level means is EenPlan's own plain wording, not the matrix's
 * licensed criteria ({@code lifearea.level.<n>}).
 */
public enum MatrixDomain {
    FINANCES,
    WORK_EDUCATION,
    DAYTIME,
    HOUSING,
    DOMESTIC_RELATIONS,
    MENTAL_HEALTH,
    PHYSICAL_HEALTH,
    SUBSTANCE_USE,
    BASIC_ADL,
    INSTRUMENTAL_ADL,
    SOCIAL_NETWORK,
    PARTICIPATION,
    JUSTICE;

    /** The lowest level: acute problems. */
    public static final int LOWEST = 1;

    /** The highest level: fully self-sufficient. */
    public static final int HIGHEST = 5;

    /** The message key of this domain's name. */
    public String nameKey() {
        return "lifearea.domain." + name();
    }

    /** Whether a score is one of the matrix's five levels. */
    public static boolean isLevel(int score) {
        return score >= LOWEST && score <= HIGHEST;
    }
}
