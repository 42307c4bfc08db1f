package nl.eenplan.plan.web;

import java.time.LocalDate;
import nl.eenplan.plan.EvaluationAnswers;

/** The G-3 questions as the page sends them; {@link #toAnswers} applies the rules. */
record EvaluationForm(
        Integer version,
        Boolean reached,
        Boolean actionsDone,
        String whyNotDone,
        String howToImprove,
        String whyNoEffect,
        Boolean onRightTrack,
        String meaningForHousehold,
        String achieved) {

    static EvaluationForm empty() {
        return new EvaluationForm(null, null, null, "", "", "", null, "", "");
    }

    EvaluationAnswers toAnswers(LocalDate today) {
        return new EvaluationAnswers(
                today,
                reached,
                actionsDone,
                whyNotDone,
                howToImprove,
                whyNoEffect,
                onRightTrack,
                meaningForHousehold,
                achieved);
    }

    /** The field a refusal is about, to show the message beside it. */
    String fieldOf(String reason) {
        return switch (reason) {
            case "plan.evaluation.reachedRequired" -> "reached";
            case "plan.evaluation.achievedRequired" -> "achieved";
            case "plan.evaluation.actionsDoneRequired" -> "actionsDone";
            case "plan.evaluation.whyNotDoneRequired" -> blank(whyNotDone) ? "whyNotDone" : "howToImprove";
            case "plan.evaluation.whyNoEffectRequired" -> blank(whyNoEffect) ? "whyNoEffect" : "onRightTrack";
            case "plan.evaluation.meaningRequired" -> "meaningForHousehold";
            default -> "reached";
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
