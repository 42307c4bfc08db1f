package nl.eenplan.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.eenplan.home.FieldRules;

/** {@code POST .../plan/goals}: a goal, short and positive (G-1). */
record GoalRequest(
        @NotBlank(message = "{plan.goal.titleRequired}")
        @Size(max = FieldRules.TITLE, message = "{plan.goal.titleTooLong}")
        String title) {}
