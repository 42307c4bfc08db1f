package nl.eenplan.plan.treatment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanPageSection;
import nl.eenplan.plan.PlanTab;
import org.springframework.stereotype.Component;

/**
 * PL-7 on tab 2: under each goal, the treatment plans that serve it ("this goal goes with the treatment
 * plan … of … (organisation)"), and the way to the page of treatment plans; only for who sees them.
 * The plan page's own read is logged; this box adds no entry of its own.
 */
@Component
class TreatmentPlanSection implements PlanPageSection {

    private final PlanAccess access;
    private final TreatmentPlans treatmentPlans;

    TreatmentPlanSection(PlanAccess access, TreatmentPlans treatmentPlans) {
        this.access = access;
        this.treatmentPlans = treatmentPlans;
    }

    /** What the box shows: per goal with treatment plans, the current ones. */
    record Box(UUID householdId, List<GoalPlans> goals, boolean any) {}

    /** A goal and the current treatment plans that serve it. */
    record GoalPlans(String goal, List<TreatmentPlanLink> links) {}

    @Override
    public Optional<Shown> shownTo(UUID householdId, UUID accountId) {
        var viewer = access.find(householdId, accountId).filter(TreatmentPlans::shownTo);
        if (viewer.isEmpty()) {
            return Optional.empty();
        }
        try {
            var listing = treatmentPlans.quietly(householdId, viewer.get());
            var current = listing.links().stream().filter(l -> !l.ended()).toList();
            var goals = listing.plan().goals().stream()
                    .map(g -> new GoalPlans(
                            g.title(),
                            current.stream().filter(l -> l.serves(g.id())).toList()))
                    .filter(g -> !g.links().isEmpty())
                    .toList();
            return Optional.of(new Shown(
                    "plan/treatment/treatment-section", "box", new Box(householdId, goals, !current.isEmpty())));
        } catch (PlanNotFound | nl.eenplan.consent.PlanConsentMissing e) {
            return Optional.empty();
        }
    }

    @Override
    public PlanTab tab() {
        return PlanTab.APPROACH;
    }
}
