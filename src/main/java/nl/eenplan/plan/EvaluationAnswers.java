package nl.eenplan.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * G-3: was the goal reached? If not: were the actions done? If not, why and how to improve; if so,
 * why no effect and are we on the right track; and what does it mean for the household. What was
 * achieved is always recorded, also when the goal was not reached.
 */
public record EvaluationAnswers(
        LocalDate evaluatedOn,
        Boolean reached,
        Boolean actionsDone,
        String whyNotDone,
        String howToImprove,
        String whyNoEffect,
        Boolean onRightTrack,
        String meaningForHousehold,
        String achieved) {

    public EvaluationAnswers {
        if (evaluatedOn == null || reached == null) {
            throw new PlanRefused("plan.evaluation.reachedRequired");
        }
        if (blank(achieved)) {
            throw new PlanRefused("plan.evaluation.achievedRequired");
        }
        if (!reached) {
            if (actionsDone == null) {
                throw new PlanRefused("plan.evaluation.actionsDoneRequired");
            }
            if (!actionsDone && (blank(whyNotDone) || blank(howToImprove))) {
                throw new PlanRefused("plan.evaluation.whyNotDoneRequired");
            }
            if (actionsDone && (blank(whyNoEffect) || onRightTrack == null)) {
                throw new PlanRefused("plan.evaluation.whyNoEffectRequired");
            }
            if (blank(meaningForHousehold)) {
                throw new PlanRefused("plan.evaluation.meaningRequired");
            }
        }
    }

    /** The answers as an evaluation of the goal. */
    Evaluation asEvaluation(UUID id, UUID goalId) {
        return new Evaluation(
                id,
                goalId,
                evaluatedOn,
                reached,
                actionsDone,
                whyNotDone,
                howToImprove,
                whyNoEffect,
                onRightTrack,
                meaningForHousehold,
                achieved.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
