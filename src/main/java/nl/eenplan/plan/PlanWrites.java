package nl.eenplan.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what one event of a {@link PlanChange} changed, from the plan as it is after the change: for
 * {@link Plans}, which claims the plan's version first.
 */
final class PlanWrites {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanWrites(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID planId, UUID householdId, Instant at) {
        jdbc.sql("insert into plan (id, household_id, version, status, created_at) values (?, ?, 0, 'DRAFT', ?)")
                .params(planId, householdId, Timestamp.from(at))
                .update();
    }

    void write(Plan plan, PlanEvent event, PlanSnapshot frozen) {
        switch (event) {
            case PlanEvent.PlanStarted started -> insert(plan.id(), plan.householdId(), started.at());
            case PlanEvent.Tab1Updated ignored -> tab1(plan);
            case PlanEvent.PartChanged ignored -> {
                // the part wrote its own rows; claiming the version marked the plan as changed
            }
            case PlanEvent.GoalAdded added -> goal(plan, added.goalId(), added.at());
            case PlanEvent.GoalRaised raised -> {
                priority(plan, raised.goalId());
                priority(plan, raised.passedGoalId());
            }
            case PlanEvent.ActionAdded added -> action(plan.action(added.actionId()), added.at());
            case PlanEvent.ActionUpdated updated -> action(plan.action(updated.actionId()));
            case PlanEvent.ActionDone done ->
                jdbc.sql("update action set done_at = ? where id = ? and done_at is null")
                        .params(Timestamp.from(done.at()), done.actionId())
                        .update();
            case PlanEvent.GoalEvaluated evaluated -> evaluation(plan, evaluated);
            case PlanEvent.PlanAgreed agreed ->
                jdbc.sql("""
                                insert into plan_agreement (plan_id, participant_id, plan_version, agreed_at)
                                values (?, ?, ?, ?)
                                on conflict (plan_id, participant_id) do update
                                  set plan_version = excluded.plan_version, agreed_at = excluded.agreed_at
                                """)
                        .params(plan.id(), agreed.participantId(), agreed.planVersion(), Timestamp.from(agreed.at()))
                        .update();
            case PlanEvent.PlanEstablished established -> established(plan, established, frozen);
            case PlanEvent.PlanClosed closed ->
                jdbc.sql("update plan set status = 'CLOSED', closed_at = ?, close_reason = ? where id = ?")
                        .params(Timestamp.from(closed.at()), closed.reason().name(), plan.id())
                        .update();
        }
    }

    private void tab1(Plan plan) {
        jdbc.sql("""
                        update plan set arrangement = ?, arrangement_other = ?, first_agreements = ?,
                          family_group_plan = ?, written_plan_requested_on = ?, no_family_group_plan_on = ?,
                          situation = ?, help_question = ?, foster_parent_ids = cast(? as uuid[]), closed_youth_care_on = ?
                        where id = ?
                        """)
                .params(
                        plan.arrangement() == null ? "" : plan.arrangement().name(),
                        plan.arrangementOther(),
                        plan.firstAgreements(),
                        plan.familyGroupPlan(),
                        plan.writtenPlanRequestedOn(),
                        plan.noFamilyGroupPlanOn(),
                        plan.situation().description(),
                        plan.situation().helpQuestion(),
                        plan.situation().fosterParentIds().stream()
                                .map(UUID::toString)
                                .sorted()
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")),
                        plan.situation().closedYouthCareOn(),
                        plan.id())
                .update();
    }

    private void goal(Plan plan, UUID goalId, Instant at) {
        var goal = plan.goal(goalId).orElseThrow();
        jdbc.sql("insert into goal (id, plan_id, priority, title, status, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(
                        goal.id(),
                        plan.id(),
                        goal.priority(),
                        goal.title(),
                        goal.status().name(),
                        Timestamp.from(at))
                .update();
    }

    private void priority(Plan plan, UUID goalId) {
        jdbc.sql("update goal set priority = ? where id = ?")
                .params(plan.goal(goalId).orElseThrow().priority(), goalId)
                .update();
    }

    private void action(Action action, Instant at) {
        jdbc.sql("""
                        insert into action (id, goal_id, what, start_date, target_date, evaluation_date, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        action.id(),
                        action.goalId(),
                        action.what(),
                        action.startDate(),
                        action.targetDate(),
                        action.evaluationDate(),
                        Timestamp.from(at))
                .update();
        participants(action);
    }

    private void action(Action action) {
        jdbc.sql("update action set what = ?, start_date = ?, target_date = ?, evaluation_date = ? where id = ?")
                .params(action.what(), action.startDate(), action.targetDate(), action.evaluationDate(), action.id())
                .update();
        jdbc.sql("delete from action_participant where action_id = ?")
                .param(action.id())
                .update();
        participants(action);
    }

    private void participants(Action action) {
        for (var participant : action.participantIds()) {
            jdbc.sql("insert into action_participant (action_id, participant_id) values (?, ?)")
                    .params(action.id(), participant)
                    .update();
        }
    }

    private void evaluation(Plan plan, PlanEvent.GoalEvaluated evaluated) {
        var goal = plan.goal(evaluated.goalId()).orElseThrow();
        var e = goal.evaluations().stream()
                .filter(found -> found.id().equals(evaluated.evaluationId()))
                .findFirst()
                .orElseThrow();
        jdbc.sql("""
                        insert into evaluation (id, goal_id, evaluated_on, reached, actions_done, why_not_done,
                          how_to_improve, why_no_effect, on_right_track, meaning_for_household, achieved,
                          recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        e.id(),
                        e.goalId(),
                        e.evaluatedOn(),
                        e.reached(),
                        e.actionsDone(),
                        e.whyNotDone(),
                        e.howToImprove(),
                        e.whyNoEffect(),
                        e.onRightTrack(),
                        e.meaningForHousehold(),
                        e.achieved(),
                        evaluated.recordedBy(),
                        Timestamp.from(evaluated.at()))
                .update();
        if (evaluated.reached()) {
            jdbc.sql("update goal set status = ?, closed_at = ? where id = ?")
                    .params(goal.status().name(), Timestamp.from(evaluated.at()), goal.id())
                    .update();
        }
    }

    private void established(Plan plan, PlanEvent.PlanEstablished established, PlanSnapshot frozen) {
        jdbc.sql("""
                        insert into plan_version (plan_id, number, established_at, established_by, snapshot)
                        values (?, ?, ?, ?, cast(? as jsonb))
                        """)
                .params(
                        plan.id(),
                        established.number(),
                        Timestamp.from(established.at()),
                        established.establishedBy(),
                        json.writeValueAsString(frozen))
                .update();
        jdbc.sql("""
                        update plan set status = 'ESTABLISHED', last_version_number = ?, changed_since_version = false
                        where id = ?
                        """).params(established.number(), plan.id()).update();
    }
}
