package nl.eenplan.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.Viewer;

/**
 * G-1 to G-4: the transitions of a {@link Plan}'s goals and their actions. Like the plan's own
 * transitions, each checks its rules, refusing with {@link PlanRefused} or {@link PlanNotFound}, and
 * returns the plan as changed with the event it caused ({@link PlanChange}); a closed plan changes no
 * more.
 */
final class PlanGoals {

    private PlanGoals() {}

    /** G-1: a goal is added at the end of the household's order of priority. */
    static PlanChange addGoal(Plan plan, int expectedVersion, UUID goalId, String title, Instant at) {
        plan.refuseWhenClosed();
        var all = new ArrayList<>(plan.goals());
        all.add(Goal.added(
                goalId, plan.goals().stream().mapToInt(Goal::priority).max().orElse(0) + 1, title));
        return new PlanChange(
                PlanParts.withGoals(plan, all),
                expectedVersion,
                new PlanEvent.GoalAdded(plan.id(), plan.householdId(), goalId, at));
    }

    /** G-1: the household orders its goals; this moves one a place up. The first one stays: no change. */
    static PlanChange raiseGoal(Plan plan, int expectedVersion, UUID goalId) {
        plan.refuseWhenClosed();
        var goals = plan.goals();
        var index = goals.indexOf(plan.goal(goalId).orElseThrow(PlanNotFound::new));
        if (index == 0) {
            return PlanChange.none(plan);
        }
        var goal = goals.get(index);
        var above = goals.get(index - 1);
        var all = new ArrayList<>(goals);
        all.set(index - 1, goal.atPriority(above.priority()));
        all.set(index, above.atPriority(goal.priority()));
        return new PlanChange(
                PlanParts.withGoals(plan, all),
                expectedVersion,
                new PlanEvent.GoalRaised(plan.id(), plan.householdId(), goalId, above.id()));
    }

    /** G-2, PL-2: an action on an open goal, done by those who may have one ({@code eligible}). */
    static PlanChange addAction(
            Plan plan,
            int expectedVersion,
            UUID goalId,
            NewAction action,
            Set<UUID> eligible,
            UUID actionId,
            Instant at) {
        plan.refuseWhenClosed();
        var goal = openGoal(plan, goalId);
        action.refuseUnlessDoneBy(eligible);
        return changed(
                plan,
                expectedVersion,
                goal.with(Action.added(actionId, goalId, action)),
                new PlanEvent.ActionAdded(plan.id(), plan.householdId(), actionId, at));
    }

    /** G-2, PL-2: what, who and the dates of an action change as the plan goes on, while its goal is open. */
    static PlanChange updateAction(
            Plan plan, int expectedVersion, UUID actionId, NewAction changes, Set<UUID> eligible) {
        plan.refuseWhenClosed();
        var action = plan.action(actionId);
        var goal = openGoal(plan, action.goalId());
        changes.refuseUnlessDoneBy(eligible);
        return changed(
                plan,
                expectedVersion,
                goal.with(action.changedTo(changes)),
                new PlanEvent.ActionUpdated(plan.id(), plan.householdId(), actionId));
    }

    /** G-4: whoever does an action, or whoever may change the plan, marks it done; others do not find it. */
    static PlanChange markActionDone(Plan plan, int expectedVersion, UUID actionId, Viewer viewer, Instant at) {
        var action = plan.action(actionId);
        if (!viewer.mayEdit() && !action.involves(viewer.participant().id())) {
            throw new PlanNotFound();
        }
        plan.refuseWhenClosed();
        var goal = plan.goal(action.goalId()).orElseThrow(PlanNotFound::new);
        return changed(
                plan,
                expectedVersion,
                goal.with(action.doneOn(at)),
                new PlanEvent.ActionDone(plan.id(), plan.householdId(), actionId, at));
    }

    /** G-3: a reached goal closes (to be celebrated); a goal not reached stays open with what was learnt. */
    static PlanChange evaluate(Plan plan, int expectedVersion, Evaluation evaluation, UUID recordedBy, Instant at) {
        plan.refuseWhenClosed();
        var goal = openGoal(plan, evaluation.goalId());
        var event = new PlanEvent.GoalEvaluated(
                plan.id(), plan.householdId(), goal.id(), evaluation.id(), evaluation.reached(), recordedBy, at);
        return changed(plan, expectedVersion, goal.evaluated(evaluation), event);
    }

    private static Goal openGoal(Plan plan, UUID goalId) {
        return plan.goal(goalId).filter(Goal::open).orElseThrow(() -> new PlanRefused("plan.goal.notOpen"));
    }

    private static PlanChange changed(Plan plan, int expectedVersion, Goal changedGoal, PlanEvent event) {
        var all = plan.goals().stream()
                .map(g -> g.id().equals(changedGoal.id()) ? changedGoal : g)
                .toList();
        return new PlanChange(PlanParts.withGoals(plan, all), expectedVersion, event);
    }
}
