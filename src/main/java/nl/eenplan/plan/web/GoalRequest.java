package nl.eenplan.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST .../plan/goals}: a goal, short and positive (G-1). */
record GoalRequest(
        @NotBlank(message = "{plan.goal.titleRequired}") @Size(max = 300)
        String title) {}
