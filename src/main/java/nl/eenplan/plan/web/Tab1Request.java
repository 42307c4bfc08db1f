package nl.eenplan.plan.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.eenplan.home.FieldRules;
import nl.eenplan.plan.Arrangement;
import nl.eenplan.plan.Tab1;

/** {@code PUT .../plan/tab1}: how coordination is arranged and the first agreements (PL-1, PL-8, PL-10). */
record Tab1Request(
        Arrangement arrangement,

        @Size(max = FieldRules.SHORT_TEXT, message = "{plan.tab1.tooLong}")
        String arrangementOther,

        @Size(max = FieldRules.LONG_TEXT, message = "{plan.tab1.tooLong}")
        String firstAgreements,

        Boolean familyGroupPlan,
        LocalDate writtenPlanRequestedOn,
        LocalDate noFamilyGroupPlanOn) {

    Tab1 toTab1() {
        return new Tab1(
                arrangement,
                arrangementOther,
                firstAgreements,
                Boolean.TRUE.equals(familyGroupPlan),
                writtenPlanRequestedOn,
                noFamilyGroupPlanOn);
    }
}
