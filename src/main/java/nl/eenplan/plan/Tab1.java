package nl.eenplan.plan;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.home.FieldRules;

/**
 * PL-1, PL-8, PL-10: how coordination is arranged, the first agreements, the legal dates, the household's
 * situation and help question, who are foster parents and whether closed youth care applies.
 */
public record Tab1(
        Arrangement arrangement,
        String arrangementOther,
        String firstAgreements,
        boolean familyGroupPlan,
        LocalDate writtenPlanRequestedOn,
        LocalDate noFamilyGroupPlanOn,
        String situation,
        String helpQuestion,
        Set<UUID> fosterParentIds,
        boolean closedYouthCare) {

    public Tab1 {
        if (arrangement == Arrangement.OTHER && (arrangementOther == null || arrangementOther.isBlank())) {
            throw new PlanRefused("plan.tab1.otherRequired");
        }
        if (!FieldRules.isText(arrangementOther, FieldRules.SHORT_TEXT, false)
                || !FieldRules.isText(firstAgreements, FieldRules.LONG_TEXT, true)
                || !FieldRules.isText(situation, FieldRules.LONG_TEXT, true)
                || !FieldRules.isText(helpQuestion, FieldRules.LONG_TEXT, true)) {
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
        situation = situation == null ? "" : situation.strip();
        helpQuestion = helpQuestion == null ? "" : helpQuestion.strip();
        fosterParentIds = fosterParentIds == null
                ? Set.of()
                : fosterParentIds.stream()
                        .filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Tab 1 without a situation, help question, foster parents or closed youth care. */
    public Tab1(
            Arrangement arrangement,
            String arrangementOther,
            String firstAgreements,
            boolean familyGroupPlan,
            LocalDate writtenPlanRequestedOn,
            LocalDate noFamilyGroupPlanOn) {
        this(
                arrangement,
                arrangementOther,
                firstAgreements,
                familyGroupPlan,
                writtenPlanRequestedOn,
                noFamilyGroupPlanOn,
                "",
                "",
                Set.of(),
                false);
    }
}
