package nl.eenplan.plan.lifearea;

/**
 * PL-4: what the plan records about one life area: strengths, concerns, whether it has been discussed,
 * and who sees it how (the household's view and the professionals' view may differ).
 */
public record LifeAreaNote(
        LifeArea area,
        String strengths,
        String concerns,
        boolean discussed,
        String householdView,
        String professionalView) {

    public LifeAreaNote {
        strengths = clean(strengths);
        concerns = clean(concerns);
        householdView = clean(householdView);
        professionalView = clean(professionalView);
    }

    /** Nothing recorded yet about this life area. */
    public static LifeAreaNote empty(LifeArea area) {
        return new LifeAreaNote(area, "", "", false, "", "");
    }

    /** Whether concerns are recorded about this life area. */
    public boolean hasConcerns() {
        return !concerns.isBlank();
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
