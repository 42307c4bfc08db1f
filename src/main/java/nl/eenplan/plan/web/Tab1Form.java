package nl.eenplan.plan.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate noFamilyGroupPlanOn,
        String situation,
        String helpQuestion,
        List<UUID> fosterParentIds,
        Boolean closedYouthCare) {

    static Tab1Form of(Plan plan) {
        return new Tab1Form(
                plan.version(),
                plan.arrangement(),
                plan.arrangementOther(),
                plan.firstAgreements(),
                plan.familyGroupPlan(),
                plan.writtenPlanRequestedOn(),
                plan.noFamilyGroupPlanOn(),
                plan.situation().description(),
                plan.situation().helpQuestion(),
                List.copyOf(plan.situation().fosterParentIds()),
                plan.situation().closedYouthCare());
    }

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
                fosterParentIds == null ? Set.of() : new HashSet<>(fosterParentIds),
                Boolean.TRUE.equals(closedYouthCare));
    }

    /** PL-10: whether this participant is ticked as a foster parent. */
    public boolean fosterParent(UUID participantId) {
        return fosterParentIds != null && fosterParentIds.contains(participantId);
    }

    /** The field a refusal is about, to show the message beside it. */
    static String fieldOf(String reason) {
        return switch (reason) {
            case "plan.tab1.otherRequired" -> "arrangementOther";
            case "plan.tab1.familyGroupPlanConflict" -> "noFamilyGroupPlanOn";
            case "plan.tab1.fosterParentNotInTeam" -> "fosterParentIds";
            default -> "arrangement";
        };
    }
}
