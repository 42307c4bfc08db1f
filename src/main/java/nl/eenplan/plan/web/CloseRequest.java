package nl.eenplan.plan.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import nl.eenplan.plan.CloseReason;

/**
 * {@code POST .../plan/close}: why the plan ends, and that the person is sure, as the close
 * page asks: closing is its own step, after which nobody can change the plan.
 */
record CloseRequest(
        @NotNull(message = "{plan.close.reasonRequired}") CloseReason reason,

        @NotNull(message = "{plan.api.closeConfirmRequired}") @AssertTrue(message = "{plan.api.closeConfirmRequired}")
        Boolean confirmed) {}
