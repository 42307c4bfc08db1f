package nl.eenplan.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.home.FieldRules;
import nl.eenplan.plan.NewAction;

/** An action of a goal, new or changed: who (participant ids) does what, from when, until when (G-2). */
record ActionRequest(
        @NotBlank(message = "{plan.action.whatRequired}")
        @Size(max = FieldRules.TEXT, message = "{plan.action.whatTooLong}")
        String what,

        @NotEmpty(message = "{plan.action.whoRequired}")
        @Size(max = FieldRules.ROWS, message = "{plan.action.whoRequired}")
        Set<@NotNull(message = "{plan.action.whoRequired}") UUID> who,

        @NotNull(message = "{plan.action.datesRequired}") LocalDate startDate,
        @NotNull(message = "{plan.action.datesRequired}") LocalDate targetDate,
        @NotNull(message = "{plan.action.datesRequired}") LocalDate evaluationDate) {

    NewAction toNewAction() {
        return new NewAction(what, who, startDate, targetDate, evaluationDate);
    }
}
