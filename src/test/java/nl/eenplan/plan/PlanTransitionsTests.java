package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.CoordinationState;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The transitions of the plan aggregate, without a database: each checks its rule and names its events. */
class PlanTransitionsTests {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final UUID HOUSEHOLD = UUID.randomUUID();

    private final Participant mother = participant(ParticipantKind.HOUSEHOLD_MEMBER, "Sanne", "moeder");
    private final Participant coordinator = participant(ParticipantKind.PROFESSIONAL, "Hanna", "regisseur");
    private final Participant professional = participant(ParticipantKind.PROFESSIONAL, "Peter", "jeugdzorg");
    private final Participant grandma = participant(ParticipantKind.NETWORK, "Oma", "oma");
    private final CoordinationState coordination = new CoordinationState(
            HOUSEHOLD,
            1,
            coordinator.id(),
            CoordinationForm.CASE_COORDINATION,
            Set.of(),
            null,
            null,
            false,
            false,
            false);

    @Test
    @DisplayName("H-4: a new plan starts as a draft only when the household's last plan closed")
    void aNewPlanStartsOnlyAfterTheLastOneClosed() {
        assertRefused(
                () -> Plan.start(Optional.of(draft()), UUID.randomUUID(), HOUSEHOLD, NOW), "plan.start.oneCurrentPlan");
        var closed = draft().close(0, CloseReason.HANDED_OVER, NOW).plan();
        var started = Plan.start(Optional.of(closed), UUID.randomUUID(), HOUSEHOLD, NOW);
        assertThat(started.plan().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(started.events()).singleElement().isInstanceOf(PlanEvent.PlanStarted.class);
    }

    @Test
    @DisplayName(
            "H-4: the new plan starts empty, as a draft of its own; the closed one stays as it was, and changes no more")
    void theEarlierPlanStaysAsItWas() {
        var goalId = UUID.randomUUID();
        var withGoal = draft().addGoal(0, goalId, "Sara gaat naar school", NOW).plan();
        var closed = withGoal.close(1, CloseReason.HANDED_OVER, NOW).plan();
        var next = Plan.start(Optional.of(closed), UUID.randomUUID(), HOUSEHOLD, NOW.plusSeconds(60));
        assertThat(next.plan().id()).isNotEqualTo(closed.id());
        assertThat(next.plan().goals()).isEmpty();
        assertThat(next.plan().lastVersionNumber()).isZero();
        assertThat(next.events())
                .containsExactly(new PlanEvent.PlanStarted(next.plan().id(), HOUSEHOLD, NOW.plusSeconds(60)));
        assertThat(closed.goal(goalId)).isPresent();
        assertThat(closed.closedAt()).isEqualTo(NOW);
        assertRefused(() -> closed.addGoal(2, UUID.randomUUID(), "Nog een doel", NOW), "plan.closed");
        assertRefused(() -> closed.close(2, CloseReason.WOUND_DOWN, NOW), "plan.closed");
    }

    @Test
    @DisplayName("PL-1, PL-8, PL-10: tab 1 changes with its legal dates, on the version the person saw")
    void tabOneChanges() {
        var change =
                draft().updateTab1(7, new Tab1(Arrangement.EMAIL, null, " afspraak ", false, TODAY, null), TODAY, NOW);
        assertThat(change.plan().writtenPlanRequestedOn()).isEqualTo(TODAY);
        assertThat(change.plan().firstAgreements()).isEqualTo("afspraak");
        assertThat(change.expectedVersion()).isEqualTo(7);
        assertThat(change.events()).singleElement().isInstanceOf(PlanEvent.Tab1Updated.class);
    }

    @Test
    @DisplayName("G-1: a goal is added last in the household's order of priority, with a title")
    void aGoalIsAddedLast() {
        var plan = draft().addGoal(0, UUID.randomUUID(), "Sara gaat naar school", NOW)
                .plan();
        var goalId = UUID.randomUUID();
        var change = plan.addGoal(0, goalId, " Schulden op orde ", NOW);
        assertThat(change.plan().goals()).extracting(Goal::priority).containsExactly(1, 2);
        assertThat(change.plan().goal(goalId).orElseThrow().title()).isEqualTo("Schulden op orde");
        assertThat(change.events()).containsExactly(new PlanEvent.GoalAdded(plan.id(), HOUSEHOLD, goalId, NOW));
        assertRefused(() -> plan.addGoal(0, UUID.randomUUID(), " ", NOW), "plan.goal.titleRequired");
    }

    @Test
    @DisplayName("G-1: raising a goal swaps it with the one above; the first goal stays, without a change")
    void raisingAGoal() {
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();
        var plan = draft().addGoal(0, first, "Eerst", NOW)
                .plan()
                .addGoal(0, second, "Dan", NOW)
                .plan();
        assertThat(plan.raiseGoal(0, first).changesNothing()).isTrue();
        var change = plan.raiseGoal(0, second);
        assertThat(change.plan().goal(second).orElseThrow().priority()).isEqualTo(1);
        assertThat(change.plan().goal(first).orElseThrow().priority()).isEqualTo(2);
        assertThat(change.events()).containsExactly(new PlanEvent.GoalRaised(plan.id(), HOUSEHOLD, second, first));
        assertThatThrownBy(() -> plan.raiseGoal(0, UUID.randomUUID())).isInstanceOf(PlanNotFound.class);
    }

    @Test
    @DisplayName("G-2, PL-2: an action goes under an open goal, done only by those who may have one")
    void anActionGoesUnderAnOpenGoal() {
        var goalId = UUID.randomUUID();
        var plan = draft().addGoal(0, goalId, "Sara gaat naar school", NOW).plan();
        var action = new NewAction("Bellen", Set.of(mother.id()), TODAY, TODAY.plusWeeks(2), TODAY.plusWeeks(3));
        assertRefused(
                () -> plan.addAction(0, goalId, action, Set.of(professional.id()), UUID.randomUUID(), NOW),
                "plan.action.whoNotInTeam");
        assertRefused(
                () -> plan.addAction(0, UUID.randomUUID(), action, Set.of(mother.id()), UUID.randomUUID(), NOW),
                "plan.goal.notOpen");
        var actionId = UUID.randomUUID();
        var change = plan.addAction(0, goalId, action, Set.of(mother.id()), actionId, NOW);
        assertThat(change.plan().action(actionId).involves(mother.id())).isTrue();
        assertThat(change.events()).containsExactly(new PlanEvent.ActionAdded(plan.id(), HOUSEHOLD, actionId, NOW));
        var changed = new NewAction("Mailen", Set.of(professional.id()), TODAY, TODAY, TODAY);
        var updated = change.plan().updateAction(0, actionId, changed, Set.of(mother.id(), professional.id()));
        assertThat(updated.plan().action(actionId).what()).isEqualTo("Mailen");
        assertThat(updated.events()).containsExactly(new PlanEvent.ActionUpdated(plan.id(), HOUSEHOLD, actionId));
    }

    @Test
    @DisplayName("G-4, X-5: whoever does an action marks it done; a network member not in it does not find it")
    void markingAnActionDone() {
        var plan = withAction(mother);
        var actionId = plan.actions().findFirst().orElseThrow().id();
        assertThatThrownBy(() -> plan.markActionDone(0, actionId, viewer(grandma, Viewer.Scope.APPROACH), NOW))
                .isInstanceOf(PlanNotFound.class);
        var done = plan.markActionDone(0, actionId, viewer(mother, Viewer.Scope.APPROACH), NOW);
        assertThat(done.plan().action(actionId).doneAt()).isEqualTo(NOW);
        assertThat(done.events()).containsExactly(new PlanEvent.ActionDone(plan.id(), HOUSEHOLD, actionId, NOW));
        var again = done.plan().markActionDone(0, actionId, viewer(mother, Viewer.Scope.FULL), NOW.plusSeconds(60));
        assertThat(again.plan().action(actionId).doneAt()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("G-3: a reached goal closes; a goal not reached stays open; a closed goal is not evaluated")
    void evaluatingAGoal() {
        var plan = withAction(mother);
        var goalId = plan.goals().getFirst().id();
        var notReached = plan.evaluate(
                0,
                new EvaluationAnswers(TODAY, false, false, "geen tijd", "vaker bellen", null, null, "zorgen", "iets")
                        .asEvaluation(UUID.randomUUID(), goalId),
                UUID.randomUUID(),
                NOW);
        assertThat(notReached.plan().goal(goalId).orElseThrow().open()).isTrue();
        var reached = notReached.plan().evaluate(0, reachedOn(goalId, "naar school"), UUID.randomUUID(), NOW);
        var goal = reached.plan().goal(goalId).orElseThrow();
        assertThat(goal.status()).isEqualTo(GoalStatus.REACHED);
        assertThat(goal.evaluations()).hasSize(2);
        assertThat(reached.events()).singleElement().isInstanceOf(PlanEvent.GoalEvaluated.class);
        assertRefused(
                () -> reached.plan().evaluate(0, reachedOn(goalId, "x"), UUID.randomUUID(), NOW), "plan.goal.notOpen");
    }

    @Test
    @DisplayName("PL-9: the household and the coordinator agree, on the version they saw; others do not")
    void agreeing() {
        var plan = withAction(mother);
        assertRefused(
                () -> plan.agree(0, viewer(professional, Viewer.Scope.FULL), coordination, NOW),
                "plan.establish.householdOrCoordinator");
        assertThatThrownBy(() -> plan.agree(1, viewer(mother, Viewer.Scope.FULL), coordination, NOW))
                .isInstanceOf(PlanChangedMeanwhile.class);
        var change = plan.agree(0, viewer(mother, Viewer.Scope.FULL), coordination, NOW);
        assertThat(change.events())
                .containsExactly(new PlanEvent.PlanAgreed(plan.id(), HOUSEHOLD, mother.id(), 0, NOW));
    }

    @Test
    @DisplayName("PL-9: a version is established with the coordinator's agreement, as the next number")
    void establishing() {
        var plan = withAction(mother);
        assertRefused(
                () -> plan.establish(
                        0, viewer(mother, Viewer.Scope.FULL), coordination, List.of(), NOW, (n, a) -> null),
                "plan.establish.coordinatorMustAgree");
        assertThatThrownBy(() -> plan.establish(
                        2, viewer(coordinator, Viewer.Scope.FULL), coordination, List.of(), NOW, (n, a) -> null))
                .isInstanceOf(PlanChangedMeanwhile.class);
        var frozen = new ArrayList<String>();
        var change = plan.establish(
                0, viewer(mother, Viewer.Scope.FULL), coordination, List.of(coordinator), NOW, (number, agreed) -> {
                    frozen.add(number + ": " + String.join(", ", agreed));
                    return null;
                });
        assertThat(frozen).containsExactly("1: Hanna (regisseur), Sanne (moeder)");
        assertThat(change.plan().status()).isEqualTo(PlanStatus.ESTABLISHED);
        assertThat(change.plan().lastVersionNumber()).isEqualTo(1);
        assertThat(change.plan().changedSinceVersion()).isFalse();
        assertThat(change.events()).singleElement().isInstanceOf(PlanEvent.PlanEstablished.class);
        assertRefused(
                () -> change.plan()
                        .establish(
                                0,
                                viewer(coordinator, Viewer.Scope.FULL),
                                coordination,
                                List.of(),
                                NOW,
                                (n, a) -> null),
                "plan.establish.unchanged");
    }

    @Test
    @DisplayName("R-7: a plan closes wound down or handed over; a closed plan changes no more")
    void closing() {
        var plan = withAction(mother);
        assertRefused(() -> plan.close(0, CloseReason.WOUND_DOWN, NOW), "plan.close.openGoals");
        var change = plan.close(0, CloseReason.HANDED_OVER, NOW);
        var closed = change.plan();
        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedAt()).isEqualTo(NOW);
        assertThat(change.events())
                .containsExactly(new PlanEvent.PlanClosed(plan.id(), HOUSEHOLD, CloseReason.HANDED_OVER, NOW));
        assertRefused(() -> closed.addGoal(0, UUID.randomUUID(), "Nog een doel", NOW), "plan.closed");
        assertRefused(
                () -> closed.updateTab1(0, new Tab1(null, null, "", false, null, null), TODAY, NOW), "plan.closed");
        assertRefused(() -> closed.close(0, CloseReason.HANDED_OVER, NOW), "plan.closed");
    }

    private static Evaluation reachedOn(UUID goalId, String achieved) {
        return new EvaluationAnswers(TODAY, true, null, null, null, null, null, null, achieved)
                .asEvaluation(UUID.randomUUID(), goalId);
    }

    private Plan withAction(Participant who) {
        var goalId = UUID.randomUUID();
        var action = new NewAction("Bellen", Set.of(who.id()), TODAY, TODAY.plusWeeks(2), TODAY.plusWeeks(3));
        var plan = draft().addGoal(0, goalId, "Sara gaat naar school", NOW).plan();
        return plan.addAction(0, goalId, action, Set.of(who.id()), UUID.randomUUID(), NOW)
                .plan();
    }

    /** H-4: a household's first plan, as a draft at version 0. */
    private static Plan draft() {
        return Plan.start(Optional.empty(), UUID.randomUUID(), HOUSEHOLD, NOW).plan();
    }

    private static Viewer viewer(Participant participant, Viewer.Scope scope) {
        return new Viewer(participant.accountId(), participant, scope);
    }

    private static Participant participant(ParticipantKind kind, String name, String relation) {
        return new Participant(
                UUID.randomUUID(),
                HOUSEHOLD,
                kind,
                null,
                UUID.randomUUID(),
                null,
                name,
                relation,
                Set.of(),
                null,
                null,
                true,
                true,
                false,
                null);
    }

    private static void assertRefused(Runnable change, String reason) {
        assertThatThrownBy(change::run).isInstanceOf(PlanRefused.class).hasMessage(reason);
    }
}
