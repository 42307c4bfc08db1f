package nl.eenplan.plan.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.eenplan.home.FieldRules;
import nl.eenplan.plan.EvaluationAnswers;

/**
 * {@code POST .../goals/{goalId}/evaluation}: the G-3 questions. Which answers a goal needs (what was
 * achieved always; why and how to improve when it was not reached) is checked by the method's rules,
 * a refusal is 422 naming the reason; texts that no person can type are 400.
 */
record EvaluationRequest(
        Boolean reached,
        Boolean actionsDone,

        @Size(max = FieldRules.TEXT, message = "{plan.api.textTooLong}")
        @Pattern(regexp = TEXT, message = "{plan.api.textUnreadable}")
        String whyNotDone,

        @Size(max = FieldRules.TEXT, message = "{plan.api.textTooLong}")
        @Pattern(regexp = TEXT, message = "{plan.api.textUnreadable}")
        String howToImprove,

        @Size(max = FieldRules.TEXT, message = "{plan.api.textTooLong}")
        @Pattern(regexp = TEXT, message = "{plan.api.textUnreadable}")
        String whyNoEffect,

        Boolean onRightTrack,

        @Size(max = FieldRules.TEXT, message = "{plan.api.textTooLong}")
        @Pattern(regexp = TEXT, message = "{plan.api.textUnreadable}")
        String meaningForHousehold,

        @Size(max = FieldRules.TEXT, message = "{plan.api.textTooLong}")
        @Pattern(regexp = TEXT, message = "{plan.api.textUnreadable}")
        String achieved) {

    /** Text of several lines: no control characters but line breaks and tabs. */
    static final String TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]*";

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
}
