package nl.eenplan.plan;

import java.time.Clock;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * G-3: evaluating a goal of a household's plan, by those who may change the plan. A reached goal
 * closes (to be celebrated); a goal not reached stays open with what was learnt. Logged.
 */
@Service
public class GoalEvaluation {

    private final Plans plans;
    private final CurrentPlans current;
    private final Clock clock;

    GoalEvaluation(Plans plans, CurrentPlans current, Clock clock) {
        this.plans = plans;
        this.current = current;
        this.clock = clock;
    }

    /** The plan with the goal to evaluate. A goal that is not in this household's plan is not found, and nothing is logged. */
    @Transactional
    public Plan toEvaluate(UUID householdId, Viewer viewer, UUID goalId) {
        var plan = current.toChange(householdId, viewer);
        plan.goal(goalId).orElseThrow(PlanNotFound::new);
        current.log(viewer, "PLAN_READ", plan, goalId.toString());
        return plan;
    }

    @Transactional
    public void evaluate(UUID householdId, Viewer viewer, int expectedVersion, UUID goalId, EvaluationAnswers answers) {
        var plan = current.toChange(householdId, viewer);
        var evaluation = answers.asEvaluation(UUID.randomUUID(), goalId);
        plans.save(plan.evaluate(expectedVersion, evaluation, viewer.accountId(), clock.instant()));
        current.log(viewer, "PLAN_GOAL_EVALUATED", plan, goalId.toString());
    }
}
