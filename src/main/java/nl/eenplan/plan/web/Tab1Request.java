package nl.eenplan.plan.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.home.FieldRules;
import nl.eenplan.plan.Arrangement;
import nl.eenplan.plan.Tab1;

/**
 * {@code PUT .../plan/tab1}: how coordination is arranged, the first agreements, the household's situation
 * and help question, who are foster parents and whether closed youth care applies (PL-1, PL-8, PL-10).
 */
record Tab1Request(
        Arrangement arrangement,

        @Size(max = FieldRules.SHORT_TEXT, message = "{plan.tab1.tooLong}")
        String arrangementOther,

        @Size(max = FieldRules.LONG_TEXT, message = "{plan.tab1.tooLong}")
        String firstAgreements,

        Boolean familyGroupPlan,
        LocalDate writtenPlanRequestedOn,
        LocalDate noFamilyGroupPlanOn,

        @Size(max = FieldRules.LONG_TEXT, message = "{plan.tab1.tooLong}")
        String situation,

        @Size(max = FieldRules.LONG_TEXT, message = "{plan.tab1.tooLong}")
        String helpQuestion,

        @Size(max = 100, message = "{plan.tab1.fosterParentNotInTeam}")
        List<UUID> fosterParentIds,

        Boolean closedYouthCare) {

    Tab1 toTab1() {
        return new Tab1(
                arrangement,
                arrangementOther,
                firstAgreements,
                Boolean.TRUE.equals(familyGroupPlan),
                writtenPlanRequestedOn,
                noFamilyGroupPlanOn,
                situation,
                helpQuestion,
                fosterParentIds == null ? Set.of() : new java.util.HashSet<>(fosterParentIds),
                Boolean.TRUE.equals(closedYouthCare));
    }
}
