package nl.eenplan.plan.lifearea;

import java.util.Optional;
import java.util.UUID;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanPageSection;
import nl.eenplan.plan.PlanPartChanges;
import nl.eenplan.plan.PlanTab;
import org.springframework.stereotype.Component;

/**
 * PL-4: on tab 2, a warning naming the life areas with concerns that no open goal addresses, for those who
 * make the plan and may see the life areas (C-2). Part of the plan page's read; it logs nothing of its own.
 */
@Component
class ConcernsWithoutGoal implements PlanPageSection {

    private final PlanAccess access;
    private final PlanPartChanges changes;
    private final LifeAreas lifeAreas;

    ConcernsWithoutGoal(PlanAccess access, PlanPartChanges changes, LifeAreas lifeAreas) {
        this.access = access;
        this.changes = changes;
        this.lifeAreas = lifeAreas;
    }

    @Override
    public Optional<Shown> shownTo(UUID householdId, UUID accountId) {
        return access.find(householdId, accountId)
                .filter(viewer -> viewer.mayEdit() && AssessmentView.seesAbout(viewer, null))
                .map(viewer -> lifeAreas.view(changes.current(householdId, viewer), viewer))
                .filter(tab -> !tab.plan().closed())
                .map(Tab4::concernsWithoutGoal)
                .filter(concerns -> !concerns.isEmpty())
                .map(concerns -> new Shown("plan/plan-life-areas-concerns", "section", concerns));
    }

    @Override
    public PlanTab tab() {
        return PlanTab.APPROACH;
    }
}
