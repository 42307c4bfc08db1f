package nl.eenplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.CoordinationState;
import nl.eenplan.participation.Participant;

/**
 * The one current plan of a household (H-4) with its goals, their actions and evaluations: the
 * aggregate. Each transition checks its rules, refusing with {@link PlanRefused}, {@link PlanNotFound}
 * or {@link PlanChangedMeanwhile}, and returns the plan as changed with the events it caused
 * ({@link PlanChange}); {@link Plans} stores that. A closed plan changes no more. The transitions of its
 * goals and their actions are worked out in {@link PlanGoals}, its copies with a part changed in
 * {@link PlanParts}.
 */
public record Plan(
        UUID id,
        UUID householdId,
        int version,
        PlanStatus status,
        Arrangement arrangement,
        String arrangementOther,
        String firstAgreements,
        boolean familyGroupPlan,
        LocalDate writtenPlanRequestedOn,
        LocalDate noFamilyGroupPlanOn,
        int lastVersionNumber,
        boolean changedSinceVersion,
        Instant createdAt,
        Instant closedAt,
        CloseReason closeReason,
        List<Goal> goals,
        Situation situation) {

    public Plan {
        situation = situation == null ? Situation.NONE : situation;
    }

    /** G-1: few goals; EenPlan warns past this many open goals. */
    public static final int GOALS_BEFORE_WARNING = 5;

    public boolean closed() {
        return status == PlanStatus.CLOSED;
    }

    /** G-1: a gentle warning, never a refusal. */
    public boolean tooManyGoals() {
        return goals.stream().filter(Goal::open).count() > GOALS_BEFORE_WARNING;
    }

    public Stream<Action> actions() {
        return goals.stream().flatMap(g -> g.actions().stream());
    }

    public Optional<Goal> goal(UUID goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /**
     * PL-9, R-1, G-2: a plan can be established when it has a coordinator and at least one goal with
     * an action; the answer is the message key of what is missing.
     */
    public Optional<String> whyNotEstablishable(boolean hasCoordinator) {
        if (closed()) {
            return Optional.of("plan.establish.closed");
        }
        if (!hasCoordinator) {
            return Optional.of("plan.establish.noCoordinator");
        }
        if (goals.stream().filter(Goal::open).noneMatch(g -> !g.actions().isEmpty())) {
            return Optional.of("plan.establish.noGoalWithAction");
        }
        if (status == PlanStatus.ESTABLISHED && !changedSinceVersion) {
            return Optional.of("plan.establish.unchanged");
        }
        return Optional.empty();
    }

    /**
     * R-7, G-3: a plan closes when care is wound down (every goal evaluated and closed) or handed
     * over (open goals go with the care to others).
     */
    public Optional<String> whyNotClosable(CloseReason reason) {
        if (closed()) {
            return Optional.of("plan.close.alreadyClosed");
        }
        if (reason == null) {
            return Optional.of("plan.close.reasonRequired");
        }
        if (reason == CloseReason.WOUND_DOWN && goals.stream().anyMatch(Goal::open)) {
            return Optional.of("plan.close.openGoals");
        }
        return Optional.empty();
    }

    /** H-4: one current plan per household; a new one starts as a draft only when the last one closed. */
    static PlanChange start(Optional<Plan> current, UUID id, UUID householdId, Instant at) {
        if (current.filter(plan -> !plan.closed()).isPresent()) {
            throw new PlanRefused("plan.start.oneCurrentPlan");
        }
        var plan = PlanParts.started(id, householdId, at);
        return new PlanChange(plan, 0, new PlanEvent.PlanStarted(id, householdId, at));
    }

    /**
     * PL-1, PL-8, PL-10: tab 1 as given; closed youth care counts from {@code today} when it is first
     * recorded, and keeps that day while it stays recorded; {@code at} is when (MON-1: the event carries it).
     */
    PlanChange updateTab1(int expectedVersion, Tab1 tab1, LocalDate today, Instant at) {
        refuseWhenClosed();
        return new PlanChange(
                PlanParts.withSituation(PlanParts.withTab1(this, tab1), situation.recorded(tab1, today)),
                expectedVersion,
                new PlanEvent.Tab1Updated(
                        id,
                        householdId,
                        tab1.familyGroupPlan(),
                        tab1.writtenPlanRequestedOn(),
                        tab1.noFamilyGroupPlanOn(),
                        at));
    }

    /** PL-10: the day from which the plan must be in writing within 14 days; null when it need not be. */
    public LocalDate inWritingFrom() {
        return Situation.inWritingFrom(writtenPlanRequestedOn, situation.closedYouthCareOn());
    }

    /** PL-10: the foster parents named in tab 1 who do something in the plan: the plan describes their role. */
    public Set<UUID> fosterParentsWithAction() {
        return actions()
                .flatMap(a -> a.participantIds().stream())
                .filter(situation::fosterParent)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** PL-3, PL-4, PL-6, PL-7: a part of the plan beyond tab 1 and the goals changed; it wrote its own rows. */
    PlanChange changePart(int expectedVersion, String part, Instant at) {
        refuseWhenClosed();
        return new PlanChange(this, expectedVersion, new PlanEvent.PartChanged(id, householdId, part, at));
    }

    /** G-1: a goal is added at the end of the household's order of priority ({@link PlanGoals}). */
    PlanChange addGoal(int expectedVersion, UUID goalId, String title, Instant at) {
        return PlanGoals.addGoal(this, expectedVersion, goalId, title, at);
    }

    /** G-1: moves a goal one place up in the household's order; the first one stays. */
    PlanChange raiseGoal(int expectedVersion, UUID goalId) {
        return PlanGoals.raiseGoal(this, expectedVersion, goalId);
    }

    /** G-2, PL-2: an action on an open goal, done by those who may have one ({@code eligible}). */
    PlanChange addAction(
            int expectedVersion, UUID goalId, NewAction action, Set<UUID> eligible, UUID actionId, Instant at) {
        return PlanGoals.addAction(this, expectedVersion, goalId, action, eligible, actionId, at);
    }

    /** G-2, PL-2: what, who and the dates of an action change, while its goal is open. */
    PlanChange updateAction(int expectedVersion, UUID actionId, NewAction changes, Set<UUID> eligible) {
        return PlanGoals.updateAction(this, expectedVersion, actionId, changes, eligible);
    }

    /** G-4: whoever does an action, or whoever may change the plan, marks it done. */
    PlanChange markActionDone(int expectedVersion, UUID actionId, Viewer viewer, Instant at) {
        return PlanGoals.markActionDone(this, expectedVersion, actionId, viewer, at);
    }

    /** G-3: a reached goal closes; a goal not reached stays open with what was learnt. */
    PlanChange evaluate(int expectedVersion, Evaluation evaluation, UUID recordedBy, Instant at) {
        return PlanGoals.evaluate(this, expectedVersion, evaluation, recordedBy, at);
    }

    /** PL-9: a household member or the coordinator agrees to the plan as it stands (this version counter). */
    PlanChange agree(int expectedVersion, Viewer viewer, CoordinationState coordination, Instant at) {
        refuseWhenClosed();
        if (!PlanAgreements.mayAgree(viewer, coordination, this)) {
            throw new PlanRefused("plan.establish.householdOrCoordinator");
        }
        refuseUnlessSeen(expectedVersion);
        var agreed =
                new PlanEvent.PlanAgreed(id, householdId, viewer.participant().id(), version, at);
        return new PlanChange(this, expectedVersion, agreed);
    }

    /**
     * PL-9: freezes the plan as the next numbered version, with the coordinator's agreement; {@code freeze}
     * takes the version from its number and the names of all who agreed.
     */
    PlanChange establish(
            int expectedVersion,
            Viewer viewer,
            CoordinationState coordination,
            List<Participant> agreedSoFar,
            Instant at,
            BiFunction<Integer, List<String>, PlanSnapshot> freeze) {
        refuseWhenClosed();
        whyNotEstablishable(coordination.hasCoordinator()).ifPresent(reason -> {
            throw new PlanRefused(reason);
        });
        refuseUnlessSeen(expectedVersion);
        var agreed = PlanAgreements.forEstablishing(agreedSoFar, viewer, coordination, this);
        var number = lastVersionNumber + 1;
        var snapshot = freeze.apply(number, PlanAgreements.names(agreed));
        var event = new PlanEvent.PlanEstablished(id, householdId, number, viewer.accountId(), at);
        return new PlanChange(
                PlanParts.withStatus(this, PlanStatus.ESTABLISHED, number, false, null, null),
                expectedVersion,
                List.of(event),
                snapshot);
    }

    /** closes the plan when care is wound down or handed over; it stays in the household's history. */
    PlanChange close(int expectedVersion, CloseReason reason, Instant at) {
        refuseWhenClosed();
        whyNotClosable(reason).ifPresent(why -> {
            throw new PlanRefused(why);
        });
        return new PlanChange(
                PlanParts.withStatus(this, PlanStatus.CLOSED, lastVersionNumber, changedSinceVersion, at, reason),
                expectedVersion,
                new PlanEvent.PlanClosed(id, householdId, reason, at));
    }

    Action action(UUID actionId) {
        return actions().filter(a -> a.id().equals(actionId)).findFirst().orElseThrow(PlanNotFound::new);
    }

    void refuseWhenClosed() {
        if (closed()) {
            throw new PlanRefused("plan.closed");
        }
    }

    private void refuseUnlessSeen(int expectedVersion) {
        if (version != expectedVersion) {
            throw new PlanChangedMeanwhile(version);
        }
    }
}
