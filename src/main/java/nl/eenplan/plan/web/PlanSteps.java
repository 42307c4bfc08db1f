package nl.eenplan.plan.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.CloseReason;
import nl.eenplan.plan.EarlierPlan;
import nl.eenplan.plan.EarlierPlans;
import nl.eenplan.plan.GoalEvaluation;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanClosing;
import nl.eenplan.plan.PlanCopies;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanSnapshot;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the method through the JSON API that the plan pages take too: evaluating a goal,
 * marking an action done, raising a goal, agreeing, sending a version round, closing, a new plan and
 * the earlier plans. Each is one transaction: who asks ({@link PlanAccess}) and the same use case
 * the page calls, which checks, changes and logs.
 */
@Component
class PlanSteps {

    private final PlanAccess access;
    private final GoalEvaluation evaluation;
    private final PlanEditing editing;
    private final PlanEstablishing establishing;
    private final PlanCopies copies;
    private final PlanClosing closing;
    private final EarlierPlans earlier;
    private final Team team;
    private final Clock clock;

    PlanSteps(
            PlanAccess access,
            GoalEvaluation evaluation,
            PlanEditing editing,
            PlanEstablishing establishing,
            PlanCopies copies,
            PlanClosing closing,
            EarlierPlans earlier,
            Team team,
            Clock clock) {
        this.access = access;
        this.evaluation = evaluation;
        this.editing = editing;
        this.establishing = establishing;
        this.copies = copies;
        this.closing = closing;
        this.earlier = earlier;
        this.team = team;
        this.clock = clock;
    }

    /** G-3: the goal to evaluate with its evaluations so far, for those who may change the plan. */
    @Transactional
    public PlanResources.Read<PlanResource.GoalResource> toEvaluate(
            UUID householdId, AccountPrincipal person, UUID goalId) {
        var plan = evaluation.toEvaluate(householdId, access.viewer(householdId, person), goalId);
        var goal = plan.goal(goalId).orElseThrow(PlanNotFound::new);
        return new PlanResources.Read<>(
                plan.version(), PlanResource.goal(goal, new PlanResource.Names(team.of(householdId)), true));
    }

    /** G-3: the answers are checked after who asks, as on the page; the day is today (Dutch time). */
    @Transactional
    public void evaluate(
            UUID householdId, AccountPrincipal person, VersionTag seen, UUID goalId, EvaluationRequest answers) {
        var viewer = access.viewer(householdId, person);
        evaluation.evaluate(householdId, viewer, seen.version(), goalId, answers.toAnswers(DutchTime.today(clock)));
    }

    @Transactional
    public void markDone(UUID householdId, AccountPrincipal person, VersionTag seen, UUID actionId) {
        editing.markActionDone(householdId, access.viewer(householdId, person), seen.version(), actionId);
    }

    @Transactional
    public void raiseGoal(UUID householdId, AccountPrincipal person, VersionTag seen, UUID goalId) {
        editing.raiseGoal(householdId, access.viewer(householdId, person), seen.version(), goalId);
    }

    @Transactional
    public void agree(UUID householdId, AccountPrincipal person, VersionTag seen) {
        establishing.agree(householdId, access.viewer(householdId, person), seen.version());
    }

    @Transactional
    public int sendRound(UUID householdId, AccountPrincipal person, int number) {
        return copies.sendRound(householdId, access.viewer(householdId, person), number);
    }

    @Transactional
    public void close(UUID householdId, AccountPrincipal person, VersionTag seen, CloseReason reason) {
        closing.close(householdId, access.viewer(householdId, person), seen.version(), reason);
    }

    @Transactional
    public UUID startNew(UUID householdId, AccountPrincipal person) {
        return closing.startNew(householdId, access.viewer(householdId, person));
    }

    @Transactional
    public List<EarlierPlan> earlier(UUID householdId, AccountPrincipal person) {
        return earlier.of(householdId, access.viewer(householdId, person));
    }

    @Transactional
    public PlanSnapshot earlierVersion(UUID householdId, AccountPrincipal person, UUID planId, int number) {
        return earlier.version(householdId, access.viewer(householdId, person), planId, number);
    }
}
