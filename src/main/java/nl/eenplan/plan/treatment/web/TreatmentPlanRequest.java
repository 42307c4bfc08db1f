package nl.eenplan.plan.treatment.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.home.FieldRules;
import nl.eenplan.plan.treatment.TreatmentPlanDetails;

/**
 * PL-7: a treatment plan link through the API, new or changed: the professional (a participant id), the
 * plan's name, the organisation's reference, the period, the goals it serves, and whether the household
 * agreed that it is mentioned. The method's rules answer 422; texts too long to read answer 400.
 */
record TreatmentPlanRequest(
        @NotNull(message = "{plan.treatment.professionalRequired}")
        UUID professionalId,

        @NotNull(message = "{plan.treatment.nameRequired}")
        @Size(max = TreatmentPlanDetails.NAME_MAX, message = "{plan.treatment.nameInvalid}")
        String name,

        @Size(max = TreatmentPlanDetails.REFERENCE_MAX, message = "{plan.treatment.referenceInvalid}")
        String reference,

        LocalDate validFrom,
        LocalDate validTo,

        @NotNull(message = "{plan.treatment.goalsRequired}")
        @Size(max = FieldRules.ROWS, message = "{plan.treatment.goalsRequired}")
        List<@NotNull(message = "{plan.treatment.goalsRequired}") UUID> goalIds,

        Boolean householdAgreed) {

    TreatmentPlanDetails details() {
        return new TreatmentPlanDetails(
                professionalId, name, reference, validFrom, validTo, goalIds, Boolean.TRUE.equals(householdAgreed));
    }
}
