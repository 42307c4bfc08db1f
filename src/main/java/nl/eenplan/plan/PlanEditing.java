package nl.eenplan.plan;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Role;
import nl.eenplan.participation.RoleEligibility;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a household's plan: tab 1, the goals in their order and the actions (PL-1, PL-2, G-1, G-2,
 * G-4). {@link Plan} decides what may change; a change on an outdated version is refused
 * ({@link PlanChangedMeanwhile}); every change is logged in the same transaction.
 */
@Service
public class PlanEditing {

    private final Plans plans;
    private final CurrentPlans current;
    private final RoleEligibility eligibility;
    private final Team team;
    private final Clock clock;

    PlanEditing(Plans plans, CurrentPlans current, RoleEligibility eligibility, Team team, Clock clock) {
        this.team = team;
        this.plans = plans;
        this.current = current;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** PL-1, PL-10: tab 1; foster parents are people in the team who are not there for their work. */
    @Transactional
    public void updateTab1(UUID householdId, Viewer viewer, int expectedVersion, Tab1 tab1) {
        var plan = current.toChange(householdId, viewer);
        var mayFoster = team.of(householdId).stream()
                .filter(p -> !p.isProfessional())
                .map(Participant::id)
                .collect(Collectors.toSet());
        if (!mayFoster.containsAll(tab1.fosterParentIds())) {
            throw new PlanRefused("plan.tab1.fosterParentNotInTeam");
        }
        plans.save(plan.updateTab1(expectedVersion, tab1, DutchTime.today(clock), clock.instant()));
        current.log(viewer, "PLAN_TAB1_UPDATED", plan, null);
    }

    /** G-1: goals are added at the end of the household's order of priority. */
    @Transactional
    public UUID addGoal(UUID householdId, Viewer viewer, int expectedVersion, String title) {
        var checked = Goal.checkedTitle(title);
        var plan = current.toChange(householdId, viewer);
        var id = UUID.randomUUID();
        plans.save(plan.addGoal(expectedVersion, id, checked, clock.instant()));
        current.log(viewer, "PLAN_GOAL_ADDED", plan, id.toString());
        return id;
    }

    /** G-1: the household orders its goals; this moves one a place up. */
    @Transactional
    public void raiseGoal(UUID householdId, Viewer viewer, int expectedVersion, UUID goalId) {
        var plan = current.toChange(householdId, viewer);
        var change = plan.raiseGoal(expectedVersion, goalId);
        if (change.changesNothing()) {
            return; // already the household's first priority: nothing changes, no new version
        }
        plans.save(change);
        current.log(viewer, "PLAN_GOAL_REORDERED", plan, goalId.toString());
    }

    /** G-2: an action under an open goal, for those who may have one (PL-2). */
    @Transactional
    public UUID addAction(UUID householdId, Viewer viewer, int expectedVersion, UUID goalId, NewAction action) {
        var plan = current.toChange(householdId, viewer);
        var id = UUID.randomUUID();
        plans.save(plan.addAction(expectedVersion, goalId, action, eligible(householdId), id, clock.instant()));
        current.log(viewer, "PLAN_ACTION_ADDED", plan, id.toString());
        return id;
    }

    /** G-2: what, who and the dates of an action change as the plan goes on, while its goal is open. */
    @Transactional
    public void updateAction(UUID householdId, Viewer viewer, int expectedVersion, UUID actionId, NewAction changes) {
        var plan = current.toChange(householdId, viewer);
        plans.save(plan.updateAction(expectedVersion, actionId, changes, eligible(householdId)));
        current.log(viewer, "PLAN_ACTION_UPDATED", plan, actionId.toString());
    }

    /** G-4: whoever does an action (or the household, or a professional) marks it done. */
    @Transactional
    public void markActionDone(UUID householdId, Viewer viewer, int expectedVersion, UUID actionId) {
        var plan = current.of(householdId, viewer);
        plans.save(plan.markActionDone(expectedVersion, actionId, viewer, clock.instant()));
        current.log(viewer, "PLAN_ACTION_DONE", plan, actionId.toString());
    }

    /** PL-2: those who may have an action (RoleEligibility): active, and never an expected child. */
    private Set<UUID> eligible(UUID householdId) {
        return eligibility.eligible(householdId, Role.ACTION_OWNER).stream()
                .map(Participant::id)
                .collect(Collectors.toSet());
    }
}
