package nl.eenplan.plan.lifearea;

/**
 * PL-4: the life areas the method names for tab 4; per life area the plan records strengths and concerns.
 * Names under {@code lifearea.area.<NAME>}.
 */
public enum LifeArea {
    WORK,
    INCOME,
    SOCIAL_SUPPORT,
    HOUSING,
    EDUCATION,
    CARE,
    SAFETY,
    HEALTH;

    /** The message key of this life area's name. */
    public String nameKey() {
        return "lifearea.area." + name();
    }
}
