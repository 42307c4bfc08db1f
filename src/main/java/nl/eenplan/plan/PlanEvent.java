package nl.eenplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What happened to a household's plan: each transition of {@link Plan} returns the events it caused,
 * and {@link Plans} publishes them once it stored the change. Events name what changed; the plan
 * itself holds the content.
 */
public sealed interface PlanEvent {

    UUID planId();

    UUID householdId();

    /** H-4: a new plan started, as a draft. */
    record PlanStarted(UUID planId, UUID householdId, Instant at) implements PlanEvent {}

    /**
     * PL-1, PL-8, PL-10: tab 1 changed; whether the plan rests on a family-group plan and the legal
     * dates it holds (no names), so monitoring counts them (MON-2); {@code at} is when it changed, so that
     * monitoring keeps the newest of them when an older one is delivered again late.
     */
    record Tab1Updated(
            UUID planId,
            UUID householdId,
            boolean familyGroupPlan,
            LocalDate writtenPlanRequestedOn,
            LocalDate noFamilyGroupPlanOn,
            Instant at)
            implements PlanEvent {}

    /** G-1: a goal was added at the end of the household's order of priority. */
    record GoalAdded(UUID planId, UUID householdId, UUID goalId, Instant at) implements PlanEvent {}

    /** G-1: a goal moved one place up, past the goal that was above it. */
    record GoalRaised(UUID planId, UUID householdId, UUID goalId, UUID passedGoalId) implements PlanEvent {}

    /** G-2: an action was added to an open goal. */
    record ActionAdded(UUID planId, UUID householdId, UUID actionId, Instant at) implements PlanEvent {}

    /** G-2: what, who or the dates of an action changed. */
    record ActionUpdated(UUID planId, UUID householdId, UUID actionId) implements PlanEvent {}

    /** G-4: an action was marked done. */
    record ActionDone(UUID planId, UUID householdId, UUID actionId, Instant at) implements PlanEvent {}

    /** G-3: a goal was evaluated; a reached goal closed. */
    record GoalEvaluated(
            UUID planId, UUID householdId, UUID goalId, UUID evaluationId, boolean reached, UUID recordedBy, Instant at)
            implements PlanEvent {}

    /** PL-9: a household member or the coordinator agreed to the plan as it stands (its version counter). */
    record PlanAgreed(UUID planId, UUID householdId, UUID participantId, int planVersion, Instant at)
            implements PlanEvent {}

    /** PL-9: the plan was frozen as a new numbered version. */
    record PlanEstablished(UUID planId, UUID householdId, int number, UUID establishedBy, Instant at)
            implements PlanEvent {}

    /**
     * PL-3, PL-4, PL-6, PL-7: a part of the plan beyond tab 1 and the goals changed ({@link PlanPart#key()}),
     * so the plan counts as changed since its last version.
     */
    record PartChanged(UUID planId, UUID householdId, String part, Instant at) implements PlanEvent {}

    /** the plan closed; it stays in the household's history. */
    record PlanClosed(UUID planId, UUID householdId, CloseReason reason, Instant at) implements PlanEvent {}
}
