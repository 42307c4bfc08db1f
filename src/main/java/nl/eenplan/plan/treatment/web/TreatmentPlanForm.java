package nl.eenplan.plan.treatment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.plan.treatment.TreatmentPlanDetails;
import nl.eenplan.plan.treatment.TreatmentPlanLink;
import org.springframework.format.annotation.DateTimeFormat;

/** PL-7: a treatment plan link as the page sends it, on the plan's version. No field for the treatment. */
record TreatmentPlanForm(
        Integer version,
        UUID participantId,
        String name,
        String reference,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
        List<UUID> goalIds,
        Boolean householdAgreed) {

    TreatmentPlanForm {
        goalIds = goalIds == null
                ? List.of()
                : goalIds.stream().filter(java.util.Objects::nonNull).toList();
    }

    static TreatmentPlanForm empty() {
        return new TreatmentPlanForm(null, null, "", "", null, null, List.of(), null);
    }

    static TreatmentPlanForm of(TreatmentPlanLink link) {
        return new TreatmentPlanForm(
                null,
                link.participantId(),
                link.name(),
                link.reference(),
                link.validFrom(),
                link.validTo(),
                link.goalIds(),
                true);
    }

    TreatmentPlanDetails details() {
        return new TreatmentPlanDetails(
                participantId, name, reference, validFrom, validTo, goalIds, Boolean.TRUE.equals(householdAgreed));
    }

    public boolean chose(UUID goalId) {
        return goalIds.contains(goalId);
    }

    /** The field a refusal is about, to show the message beside it. */
    static String fieldOf(String reason) {
        return switch (reason) {
            case "plan.treatment.professionalRequired", "plan.treatment.professionalUnknown" -> "participantId";
            case "plan.treatment.nameRequired", "plan.treatment.nameInvalid" -> "name";
            case "plan.treatment.referenceInvalid" -> "reference";
            case "plan.treatment.periodInvalid" -> "validTo";
            case "plan.treatment.goalsRequired", "plan.treatment.goalUnknown" -> "goalIds";
            case "plan.treatment.agreementRequired" -> "householdAgreed";
            default -> "form";
        };
    }
}
