package nl.eenplan.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.consent.PlanConsentMissing;
import nl.eenplan.consent.Viewer;
import nl.eenplan.home.FieldRules;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Role;
import nl.eenplan.participation.RoleEligibility;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Working on a household's plan. Every method checks who asks ({@link PlanAccess}): a professional
 * without consent gets {@link PlanConsentMissing} (C-1). It refuses what the method does not allow
 * ({@link PlanRefused}) or what was changed meanwhile ({@link PlanChangedMeanwhile}), and logs the
 * access in the same transaction.
 */
@Service
public class Planning {

    private final Plans plans;
    private final PlanAccess access;
    private final Team team;
    private final Coordinations coordinations;
    private final RoleEligibility eligibility;
    private final VersionSnapshots snapshots;
    private final PlanAgreements agreements;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    Planning(
            Plans plans,
            PlanAccess access,
            Team team,
            Coordinations coordinations,
            RoleEligibility eligibility,
            VersionSnapshots snapshots,
            PlanAgreements agreements,
            AuditLog audit,
            JsonMapper json,
            Clock clock) {
        this.plans = plans;
        this.access = access;
        this.team = team;
        this.coordinations = coordinations;
        this.eligibility = eligibility;
        this.snapshots = snapshots;
        this.agreements = agreements;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The current plan as this viewer may see it; network members see their own actions only. */
    @Transactional
    public Plan current(UUID householdId, Viewer viewer) {
        var plan = currentAsPartOf(householdId, viewer);
        log(viewer, "PLAN_READ", plan, null);
        return plan;
    }

    /**
     * The current plan as {@link #current} gives it, without an entry in the access log: for a read that
     * is part of another access, which the caller logs under its own, more specific event (X-1: one
     * access, one entry). Never for a read that is not logged at all.
     */
    @Transactional
    public Plan currentAsPartOf(UUID householdId, Viewer viewer) {
        viewer.seeingPlan();
        var plan = plans.current(householdId).orElseThrow(PlanNotFound::new);
        return switch (viewer.scope()) {
            case FULL -> plan;
            case APPROACH -> onlyOwnActions(plan, viewer.participant().id());
            case COPY, NO_CONSENT -> throw new PlanNotFound();
        };
    }

    /**
     * G-3: the plan with the goal to evaluate, for those who may change the plan. A goal that is not in
     * this household's plan is not found, and nothing is logged.
     */
    @Transactional
    public Plan toEvaluate(UUID householdId, Viewer viewer, UUID goalId) {
        if (!viewer.seeingPlan().mayEdit()) {
            throw new PlanNotFound();
        }
        var plan = plans.current(householdId).orElseThrow(PlanNotFound::new);
        plan.goal(goalId).orElseThrow(PlanNotFound::new);
        log(viewer, "PLAN_READ", plan, goalId.toString());
        return plan;
    }

    /** PL-9: a copy-only recipient opens the plan and is led to its established versions; logged. */
    @Transactional
    public void openAsCopyRecipient(UUID householdId, Viewer viewer) {
        if (viewer.seeingPlan().scope() != Viewer.Scope.COPY) {
            throw new PlanNotFound();
        }
        var plan = plans.current(householdId).orElseThrow(PlanNotFound::new);
        log(viewer, "PLAN_READ", plan, "copy");
    }

    @Transactional
    public void updateTab1(UUID householdId, Viewer viewer, int expectedVersion, Tab1 tab1) {
        var plan = editable(householdId, viewer);
        plans.touch(plan.id(), expectedVersion);
        plans.jdbc()
                .sql("""
                        update plan set arrangement = ?, arrangement_other = ?, first_agreements = ?,
                          family_group_plan = ?, written_plan_requested_on = ?, no_family_group_plan_on = ?
                        where id = ?
                        """)
                .params(
                        tab1.arrangement() == null ? "" : tab1.arrangement().name(),
                        tab1.arrangementOther(),
                        tab1.firstAgreements(),
                        tab1.familyGroupPlan(),
                        tab1.writtenPlanRequestedOn(),
                        tab1.noFamilyGroupPlanOn(),
                        plan.id())
                .update();
        log(viewer, "PLAN_TAB1_UPDATED", plan, null);
    }

    /** G-1: goals are added at the end of the household's order of priority. */
    @Transactional
    public UUID addGoal(UUID householdId, Viewer viewer, int expectedVersion, String title) {
        if (title == null || title.isBlank()) {
            throw new PlanRefused("plan.goal.titleRequired");
        }
        if (!FieldRules.isText(title, FieldRules.TITLE, false)) {
            throw new PlanRefused("plan.goal.titleTooLong");
        }
        var plan = editable(householdId, viewer);
        plans.touch(plan.id(), expectedVersion);
        var id = UUID.randomUUID();
        var priority = plan.goals().stream().mapToInt(Goal::priority).max().orElse(0) + 1;
        plans.jdbc()
                .sql(
                        "insert into goal (id, plan_id, priority, title, status, created_at) values (?, ?, ?, ?, 'OPEN', ?)")
                .params(id, plan.id(), priority, title.strip(), Timestamp.from(clock.instant()))
                .update();
        log(viewer, "PLAN_GOAL_ADDED", plan, id.toString());
        return id;
    }

    /** G-1: the household orders its goals; this moves one a place up. */
    @Transactional
    public void raiseGoal(UUID householdId, Viewer viewer, int expectedVersion, UUID goalId) {
        var plan = editable(householdId, viewer);
        var goals = plan.goals();
        var index = indexOf(goals, goalId);
        if (index == 0) {
            return; // already the household's first priority: nothing changes, no new version
        }
        plans.touch(plan.id(), expectedVersion);
        swap(goals.get(index), goals.get(index - 1));
        log(viewer, "PLAN_GOAL_REORDERED", plan, goalId.toString());
    }

    @Transactional
    public UUID addAction(UUID householdId, Viewer viewer, int expectedVersion, UUID goalId, NewAction action) {
        var plan = editable(householdId, viewer);
        var goal = plan.goal(goalId).filter(Goal::open).orElseThrow(() -> new PlanRefused("plan.goal.notOpen"));
        // PL-2: those who may have an action (RoleEligibility): active, and never an expected child.
        var teamIds = eligibility.eligible(householdId, Role.ACTION_OWNER).stream()
                .map(Participant::id)
                .collect(Collectors.toSet());
        if (!teamIds.containsAll(action.participantIds())) {
            throw new PlanRefused("plan.action.whoNotInTeam");
        }
        plans.touch(plan.id(), expectedVersion);
        var id = UUID.randomUUID();
        plans.jdbc()
                .sql("""
                        insert into action (id, goal_id, what, start_date, target_date, evaluation_date, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        goal.id(),
                        action.what(),
                        action.startDate(),
                        action.targetDate(),
                        action.evaluationDate(),
                        Timestamp.from(clock.instant()))
                .update();
        for (var participant : action.participantIds()) {
            plans.jdbc()
                    .sql("insert into action_participant (action_id, participant_id) values (?, ?)")
                    .params(id, participant)
                    .update();
        }
        log(viewer, "PLAN_ACTION_ADDED", plan, id.toString());
        return id;
    }

    /** G-2: what, who and the dates of an action change as the plan goes on, while its goal is open. */
    @Transactional
    public void updateAction(UUID householdId, Viewer viewer, int expectedVersion, UUID actionId, NewAction changes) {
        var plan = editable(householdId, viewer);
        var action =
                plan.actions().filter(a -> a.id().equals(actionId)).findFirst().orElseThrow(PlanNotFound::new);
        plan.goal(action.goalId()).filter(Goal::open).orElseThrow(() -> new PlanRefused("plan.goal.notOpen"));
        // PL-2: those who may have an action (RoleEligibility): active, and never an expected child.
        var activeIds = eligibility.eligible(householdId, Role.ACTION_OWNER).stream()
                .map(Participant::id)
                .collect(Collectors.toSet());
        if (!activeIds.containsAll(changes.participantIds())) {
            throw new PlanRefused("plan.action.whoNotInTeam");
        }
        plans.touch(plan.id(), expectedVersion);
        plans.jdbc()
                .sql("update action set what = ?, start_date = ?, target_date = ?, evaluation_date = ? where id = ?")
                .params(changes.what(), changes.startDate(), changes.targetDate(), changes.evaluationDate(), actionId)
                .update();
        plans.jdbc()
                .sql("delete from action_participant where action_id = ?")
                .param(actionId)
                .update();
        for (var participant : changes.participantIds()) {
            plans.jdbc()
                    .sql("insert into action_participant (action_id, participant_id) values (?, ?)")
                    .params(actionId, participant)
                    .update();
        }
        log(viewer, "PLAN_ACTION_UPDATED", plan, actionId.toString());
    }

    /** G-4: whoever does an action (or the household, or a professional) marks it done. */
    @Transactional
    public void markActionDone(UUID householdId, Viewer viewer, int expectedVersion, UUID actionId) {
        viewer.seeingPlan();
        var plan = plans.current(householdId).orElseThrow(PlanNotFound::new);
        var action =
                plan.actions().filter(a -> a.id().equals(actionId)).findFirst().orElseThrow(PlanNotFound::new);
        if (!viewer.mayEdit() && !action.involves(viewer.participant().id())) {
            throw new PlanNotFound();
        }
        if (plan.closed()) {
            throw new PlanRefused("plan.closed");
        }
        plans.touch(plan.id(), expectedVersion);
        plans.jdbc()
                .sql("update action set done_at = ? where id = ? and done_at is null")
                .params(Timestamp.from(clock.instant()), actionId)
                .update();
        log(viewer, "PLAN_ACTION_DONE", plan, actionId.toString());
    }

    /** G-3: a reached goal closes (to be celebrated); a goal not reached stays open with what was learnt. */
    @Transactional
    public void evaluate(UUID householdId, Viewer viewer, int expectedVersion, UUID goalId, EvaluationAnswers answers) {
        var plan = editable(householdId, viewer);
        plan.goal(goalId).filter(Goal::open).orElseThrow(() -> new PlanRefused("plan.goal.notOpen"));
        plans.touch(plan.id(), expectedVersion);
        plans.jdbc()
                .sql("""
                        insert into evaluation (id, goal_id, evaluated_on, reached, actions_done, why_not_done,
                          how_to_improve, why_no_effect, on_right_track, meaning_for_household, achieved,
                          recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        goalId,
                        answers.evaluatedOn(),
                        answers.reached(),
                        answers.actionsDone(),
                        answers.whyNotDone(),
                        answers.howToImprove(),
                        answers.whyNoEffect(),
                        answers.onRightTrack(),
                        answers.meaningForHousehold(),
                        answers.achieved().strip(),
                        viewer.accountId(),
                        Timestamp.from(clock.instant()))
                .update();
        if (answers.reached()) {
            plans.jdbc()
                    .sql("update goal set status = 'REACHED', closed_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), goalId)
                    .update();
        }
        log(viewer, "PLAN_GOAL_EVALUATED", plan, goalId.toString());
    }

    /** PL-9: freezes the plan as a new numbered version. */
    @Transactional
    public int establish(UUID householdId, Viewer viewer, int expectedVersion) {
        var plan = editable(householdId, viewer);
        var coordination = coordinations.of(householdId);
        plan.whyNotEstablishable(coordination.hasCoordinator()).ifPresent(reason -> {
            throw new PlanRefused(reason);
        });
        if (plan.version() != expectedVersion) {
            throw new PlanChangedMeanwhile(plan.version());
        }
        // PL-9: the coordinator agrees (a household member cannot establish alone); all who agreed are kept.
        var agreed = agreements.forEstablishing(plan, viewer, coordination);
        plans.touch(plan.id(), expectedVersion);
        var number = plan.lastVersionNumber() + 1;
        var now = clock.instant();
        var snapshot = snapshots.take(plan, number, now, viewer.participant(), PlanAgreements.names(agreed));
        plans.jdbc()
                .sql("""
                        insert into plan_version (plan_id, number, established_at, established_by, snapshot)
                        values (?, ?, ?, ?, cast(? as jsonb))
                        """)
                .params(plan.id(), number, Timestamp.from(now), viewer.accountId(), json.writeValueAsString(snapshot))
                .update();
        plans.jdbc().sql("""
                        update plan set status = 'ESTABLISHED', last_version_number = ?, changed_since_version = false
                        where id = ?
                        """).params(number, plan.id()).update();
        log(viewer, "PLAN_ESTABLISHED", plan, "version " + number);
        return number;
    }

    /**
     * PL-9: a household member or the coordinator agrees to the plan as it stands; any change after it
     * asks for agreement again. Logged.
     */
    @Transactional
    public void agree(UUID householdId, Viewer viewer, int expectedVersion) {
        var plan = editable(householdId, viewer);
        if (!PlanAgreements.mayAgree(viewer, coordinations.of(householdId))) {
            throw new PlanRefused("plan.establish.householdOrCoordinator");
        }
        if (plan.version() != expectedVersion) {
            throw new PlanChangedMeanwhile(plan.version());
        }
        agreements.agree(plan, viewer);
        log(viewer, "PLAN_AGREED", plan, "plan version " + plan.version());
    }

    /** PL-9: whether this viewer's agreement counts: a household member or the coordinator. */
    public boolean mayAgree(UUID householdId, Viewer viewer) {
        return PlanAgreements.mayAgree(viewer, coordinations.of(householdId));
    }

    /** PL-9: the names of those who agreed to the plan as it stands, for the plan page. */
    @Transactional(readOnly = true)
    public List<String> agreedNow(UUID householdId, Viewer viewer) {
        if (!viewer.seeingPlan().mayEdit()) {
            return List.of();
        }
        return plans.current(householdId)
                .map(plan -> PlanAgreements.names(agreements.agreed(plan)))
                .orElse(List.of());
    }

    /** closes the plan when care is wound down or handed over; it stays in the household's history. */
    @Transactional
    public void close(UUID householdId, Viewer viewer, int expectedVersion, CloseReason reason) {
        var plan = editable(householdId, viewer);
        plan.whyNotClosable(reason).ifPresent(why -> {
            throw new PlanRefused(why);
        });
        plans.touch(plan.id(), expectedVersion);
        plans.jdbc()
                .sql("update plan set status = 'CLOSED', closed_at = ?, close_reason = ? where id = ?")
                .params(Timestamp.from(clock.instant()), reason.name(), plan.id())
                .update();
        log(viewer, "PLAN_CLOSED", plan, reason.name());
    }

    /** H-4: after a plan closed, a new one may start; the earlier one stays in the history. */
    @Transactional
    public UUID startNew(UUID householdId, Viewer viewer) {
        if (!viewer.seeingPlan().mayEdit()) {
            throw new PlanNotFound();
        }
        var current = plans.current(householdId);
        if (current.isPresent() && !current.get().closed()) {
            throw new PlanRefused("plan.start.oneCurrentPlan");
        }
        var id = UUID.randomUUID();
        plans.insert(id, householdId, clock.instant());
        audit.record(new AuditEvent(viewer.accountId(), null, "PLAN_STARTED", "plan", id.toString(), householdId, null)
                .on(viewer.accessBasis()));
        return id;
    }

    @Transactional
    public List<PlanSnapshot> versions(UUID householdId, Viewer viewer) {
        viewer.seeingPlan();
        var plan = plans.current(householdId).orElseThrow(PlanNotFound::new);
        log(viewer, "PLAN_VERSIONS_READ", plan, null);
        return versions(plan).stream()
                .map(snapshot -> VersionSnapshots.asSeenBy(viewer, snapshot))
                .toList();
    }

    /** PL-9: one established version; copy-only recipients see these, and nothing in between. */
    @Transactional
    public PlanSnapshot version(UUID householdId, Viewer viewer, int number) {
        viewer.seeingPlan();
        var plan = plans.current(householdId).orElseThrow(PlanNotFound::new);
        var snapshot = snapshot(plan, viewer, number);
        log(viewer, "PLAN_VERSION_READ", plan, "version " + number);
        return snapshot;
    }

    /**
     * PL-9: every version, and two of them side by side: the last two unless numbers are given. One
     * access, logged once, after both versions were found.
     */
    @Transactional
    public ComparedVersions compare(UUID householdId, Viewer viewer, Integer left, Integer right) {
        viewer.seeingPlan();
        var plan = plans.current(householdId).orElseThrow(PlanNotFound::new);
        var rightNumber = right == null ? Math.max(1, plan.lastVersionNumber()) : right;
        var leftNumber = left == null ? Math.max(1, rightNumber - 1) : left;
        var before = snapshot(plan, viewer, leftNumber);
        var after = snapshot(plan, viewer, rightNumber);
        var all = versions(plan).stream()
                .map(snapshot -> VersionSnapshots.asSeenBy(viewer, snapshot))
                .toList();
        log(viewer, "PLAN_VERSIONS_READ", plan, "compare " + leftNumber + " with " + rightNumber);
        return new ComparedVersions(all, before, after);
    }

    /** One version of this plan as the viewer may see it, without logging: for callers that log the access. */
    PlanSnapshot snapshot(Plan plan, Viewer viewer, int number) {
        var snapshot = plans.jdbc()
                .sql("select snapshot from plan_version where plan_id = ? and number = ?")
                .params(plan.id(), number)
                .query(String.class)
                .optional()
                .map(s -> json.readValue(s, PlanSnapshot.class))
                .orElseThrow(PlanNotFound::new);
        return VersionSnapshots.asSeenBy(viewer, snapshot);
    }

    private List<PlanSnapshot> versions(Plan plan) {
        return plans
                .jdbc()
                .sql("select snapshot from plan_version where plan_id = ? order by number")
                .param(plan.id())
                .query(String.class)
                .list()
                .stream()
                .map(s -> json.readValue(s, PlanSnapshot.class))
                .toList();
    }

    private Plan editable(UUID householdId, Viewer viewer) {
        if (!viewer.seeingPlan().mayEdit()) {
            throw new PlanNotFound();
        }
        var plan = plans.current(householdId).orElseThrow(PlanNotFound::new);
        if (plan.closed()) {
            throw new PlanRefused("plan.closed");
        }
        return plan;
    }

    /** every read and write, with the basis of the viewer's view (participation or consents). */
    void log(Viewer viewer, String event, Plan plan, String detail) {
        audit.record(new AuditEvent(
                        viewer.accountId(), null, event, "plan", plan.id().toString(), plan.householdId(), detail)
                .on(viewer.accessBasis()));
    }

    private void swap(Goal a, Goal b) {
        plans.jdbc()
                .sql("update goal set priority = ? where id = ?")
                .params(b.priority(), a.id())
                .update();
        plans.jdbc()
                .sql("update goal set priority = ? where id = ?")
                .params(a.priority(), b.id())
                .update();
    }

    private static int indexOf(List<Goal> goals, UUID goalId) {
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).id().equals(goalId)) {
                return i;
            }
        }
        throw new PlanNotFound();
    }

    /** a network member sees the goals he has an action in, with those actions only. */
    private static Plan onlyOwnActions(Plan plan, UUID participantId) {
        var goals = plan.goals().stream()
                .filter(g -> g.actions().stream().anyMatch(a -> a.involves(participantId)))
                .map(g -> new Goal(
                        g.id(),
                        g.priority(),
                        g.title(),
                        g.status(),
                        g.actions().stream()
                                .filter(a -> a.involves(participantId))
                                .toList(),
                        List.of()))
                .toList();
        return new Plan(
                plan.id(),
                plan.householdId(),
                plan.version(),
                plan.status(),
                null,
                null,
                "",
                plan.familyGroupPlan(),
                null,
                null,
                plan.lastVersionNumber(),
                plan.changedSinceVersion(),
                plan.createdAt(),
                plan.closedAt(),
                plan.closeReason(),
                goals);
    }
}
