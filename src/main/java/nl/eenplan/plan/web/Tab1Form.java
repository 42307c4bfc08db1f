package nl.eenplan.plan.web;

import java.time.LocalDate;
import nl.eenplan.plan.Arrangement;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.Tab1;
import org.springframework.format.annotation.DateTimeFormat;

/** Tab 1 as the page sends it (PL-1, PL-8, PL-10); {@link #toTab1()} applies the rules. */
record Tab1Form(
        Integer version,
        Arrangement arrangement,
        String arrangementOther,
        String firstAgreements,
        Boolean familyGroupPlan,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate writtenPlanRequestedOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate noFamilyGroupPlanOn) {

    static Tab1Form of(Plan plan) {
        return new Tab1Form(
                plan.version(),
                plan.arrangement(),
                plan.arrangementOther(),
                plan.firstAgreements(),
                plan.familyGroupPlan(),
                plan.writtenPlanRequestedOn(),
                plan.noFamilyGroupPlanOn());
    }

    Tab1 toTab1() {
        return new Tab1(
                arrangement,
                arrangementOther,
                firstAgreements,
                Boolean.TRUE.equals(familyGroupPlan),
                writtenPlanRequestedOn,
                noFamilyGroupPlanOn);
    }

    /** The field a refusal is about, to show the message beside it. */
    static String fieldOf(String reason) {
        return switch (reason) {
            case "plan.tab1.otherRequired" -> "arrangementOther";
            case "plan.tab1.familyGroupPlanConflict" -> "noFamilyGroupPlanOn";
            default -> "arrangement";
        };
    }
}
