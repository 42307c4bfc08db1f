package nl.eenplan.plan;

import java.time.LocalDate;
import nl.eenplan.home.FieldRules;

/** PL-1, PL-8, PL-10: how coordination is arranged, the first agreements, and the legal dates. */
public record Tab1(
        Arrangement arrangement,
        String arrangementOther,
        String firstAgreements,
        boolean familyGroupPlan,
        LocalDate writtenPlanRequestedOn,
        LocalDate noFamilyGroupPlanOn) {

    public Tab1 {
        if (arrangement == Arrangement.OTHER && (arrangementOther == null || arrangementOther.isBlank())) {
            throw new PlanRefused("plan.tab1.otherRequired");
        }
        if (!FieldRules.isText(arrangementOther, FieldRules.SHORT_TEXT, false)
                || !FieldRules.isText(firstAgreements, FieldRules.LONG_TEXT, true)) {
            throw new PlanRefused("plan.tab1.tooLong");
        }
        if (!FieldRules.isPlausible(writtenPlanRequestedOn) || !FieldRules.isPlausible(noFamilyGroupPlanOn)) {
            throw new PlanRefused("plan.tab1.dateImplausible");
        }
        if (familyGroupPlan && noFamilyGroupPlanOn != null) {
            throw new PlanRefused("plan.tab1.familyGroupPlanConflict");
        }
        firstAgreements = firstAgreements == null ? "" : firstAgreements.strip();
        arrangementOther = arrangement == Arrangement.OTHER ? arrangementOther.strip() : null;
    }
}
