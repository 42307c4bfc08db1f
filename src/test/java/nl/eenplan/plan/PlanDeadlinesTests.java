package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.calendar.PlanTerms;
import nl.eenplan.deadline.Deadline;
import nl.eenplan.deadline.DeadlineKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParticipantKind;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan's deadlines on everyone's to-do list and in the reminders (G-2, G-3, PL-10). */
class PlanDeadlinesTests extends PlanPageTest {

    private static final LocalDate TARGET = START.plusWeeks(4);
    private static final LocalDate EVALUATION = START.plusWeeks(6);

    @Autowired
    PlanDeadlines deadlines;

    @Autowired
    PlanTerms terms;

    @Test
    @DisplayName(
            "G-2: an open action is a deadline of the people doing it, on its target date, until it is done, leading to it on tab 2")
    void anOpenActionIsADeadlineOfWhoDoesIt() {
        var sanne = sanne();
        var goal = goal("Sara gaat elke dag naar school");
        var alarm = action(goal, "Wekker en ontbijtplan maken", mother());
        action(goal, "Gesprek met de mentor");

        assertThat(deadlines.openDeadlinesOf(sanne.id(), today()))
                .containsExactly(new Deadline(
                        "action:" + alarm,
                        DeadlineKind.ACTION,
                        TARGET,
                        "Wekker en ontbijtplan maken",
                        household,
                        "Gezin " + familyName,
                        plan() + "/approach#action-" + alarm));
        assertThat(of(hanna, DeadlineKind.ACTION)).extracting(Deadline::what).containsExactly("Gesprek met de mentor");
        assertThat(deadlines.openDeadlinesOf(citizen("Buurvrouw").id(), today()))
                .isEmpty();

        planEditing.markActionDone(household, viewer(sanne), version(), alarm);

        assertThat(deadlines.openDeadlinesOf(sanne.id(), today())).isEmpty();
    }

    @Test
    @DisplayName(
            "G-3: the evaluation moment is the coordinator's, or without one the professionals' of the goal's actions")
    void theEvaluationMomentIsTheCoordinators() {
        var sanne = sanne();
        var goal = goal("Schulden op een rij");
        action(goal, "Afspraak bij de schuldhulp", mother(), hannaInTeam());
        var evaluationPath = plan() + "/goals/" + goal + "/evaluation";

        assertThat(of(hanna, DeadlineKind.EVALUATION))
                .extracting(Deadline::due, Deadline::what, Deadline::path)
                .containsExactly(Tuple.tuple(EVALUATION, "Schulden op een rij", evaluationPath));
        assertThat(of(sanne, DeadlineKind.EVALUATION)).isEmpty();

        // the household coordinates itself, so the mother evaluates.
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        mother().id(),
                        CoordinationForm.SELF_DIRECTION,
                        Set.of(),
                        null,
                        ChosenBy.HOUSEHOLD,
                        false,
                        false,
                        false),
                coordinations.of(household).version(),
                hanna.id(),
                false);

        assertThat(of(sanne, DeadlineKind.EVALUATION))
                .extracting(Deadline::path)
                .containsExactly(evaluationPath);
        assertThat(of(hanna, DeadlineKind.EVALUATION)).isEmpty();
    }

    @Test
    @DisplayName("G-3: an evaluation on or after the evaluation moment meets it; a reached goal has no deadlines left")
    void anEvaluationMeetsTheMoment() {
        var goal = goal("Sara gaat elke dag naar school");
        action(goal, "Gesprek met de mentor");
        goalEvaluation.evaluate(household, viewer(hanna), version(), goal, notReached(EVALUATION.minusDays(1)));

        assertThat(of(hanna, DeadlineKind.EVALUATION)).hasSize(1);

        goalEvaluation.evaluate(household, viewer(hanna), version(), goal, notReached(EVALUATION));

        assertThat(of(hanna, DeadlineKind.EVALUATION)).isEmpty();
        assertThat(of(hanna, DeadlineKind.ACTION)).hasSize(1);

        goalEvaluation.evaluate(
                household,
                viewer(hanna),
                version(),
                goal,
                new EvaluationAnswers(EVALUATION, true, null, null, null, null, null, null, "Sara gaat weer"));

        assertThat(of(hanna, DeadlineKind.ACTION)).isEmpty();
    }

    @Test
    @DisplayName(
            "PL-10: a plan is established within six weeks of its start, or of the day no family-group plan was settled")
    void thePlanIsEstablishedWithinSixWeeks() {
        var started = LocalDate.now(DutchTime.ZONE);
        assertThat(of(hanna, DeadlineKind.PLAN_ESTABLISHED))
                .extracting(Deadline::due, Deadline::path)
                .containsExactly(Tuple.tuple(terms.establishedPlan(started).due(), plan()));

        planEditing.updateTab1(
                household,
                viewer(hanna),
                version(),
                new Tab1(Arrangement.PHONE, null, "", false, null, LocalDate.of(2026, 11, 2)));

        assertThat(of(hanna, DeadlineKind.PLAN_ESTABLISHED))
                .extracting(Deadline::due)
                .containsExactly(LocalDate.of(2026, 12, 14));
        assertThat(deadlines.accountsWithDeadlinesUntil(LocalDate.of(2026, 12, 14)))
                .contains(hanna.id());
        assertThat(deadlines.accountsWithDeadlinesUntil(LocalDate.of(2026, 12, 13)))
                .doesNotContain(hanna.id());

        planEditing.updateTab1(
                household, viewer(hanna), version(), new Tab1(Arrangement.PHONE, null, "", true, null, null));

        assertThat(of(hanna, DeadlineKind.PLAN_ESTABLISHED)).isEmpty();
    }

    @Test
    @DisplayName(
            "PL-10: a plan asked for in writing is put in writing within 14 days, by the coordinator if there is one")
    void aPlanAskedForInWritingIsWrittenWithinFourteenDays() {
        var piet = staff("Piet Peters");
        team.add(
                household,
                new NewParticipant(
                        ParticipantKind.PROFESSIONAL,
                        null,
                        provider.id(),
                        piet.displayName(),
                        "gezinscoach",
                        Set.of(),
                        null,
                        piet.email(),
                        true,
                        true,
                        false,
                        null),
                piet.id());
        assertThat(of(hanna, DeadlineKind.PLAN_IN_WRITING)).isEmpty();

        var requested = LocalDate.of(2026, 11, 20);
        planEditing.updateTab1(
                household, viewer(hanna), version(), new Tab1(Arrangement.PHONE, null, "", true, requested, null));

        var due = terms.writtenPlan(requested).due();
        assertThat(due).isEqualTo(LocalDate.of(2026, 12, 4));
        var path = plan();
        assertThat(of(hanna, DeadlineKind.PLAN_IN_WRITING))
                .extracting(Deadline::key, Deadline::due, Deadline::what, Deadline::path)
                .containsExactly(Tuple.tuple(
                        "plan-in-writing:"
                                + planReading.current(household, viewer(hanna)).id(),
                        due,
                        "",
                        path));
        assertThat(of(piet, DeadlineKind.PLAN_IN_WRITING)).hasSize(1);
        assertThat(deadlines.accountsWithDeadlinesBetween(due, due)).contains(hanna.id(), piet.id());
        assertThat(deadlines.accountsWithDeadlinesBetween(due.plusDays(1), due.plusDays(30)))
                .doesNotContain(hanna.id(), piet.id());

        hannaCoordinates();

        assertThat(of(hanna, DeadlineKind.PLAN_IN_WRITING))
                .extracting(Deadline::due)
                .containsExactly(due);
        assertThat(of(piet, DeadlineKind.PLAN_IN_WRITING)).isEmpty();

        action(goal("Sara gaat elke dag naar school"), "Gesprek met de mentor");
        establish();

        assertThat(of(hanna, DeadlineKind.PLAN_IN_WRITING)).isEmpty();
        assertThat(deadlines.accountsWithDeadlinesBetween(due, due)).doesNotContain(hanna.id());
    }

    @Test
    @DisplayName("PL-10: once established, the plan has no term to establish it any more")
    void anEstablishedPlanHasNoTerm() {
        hannaCoordinates();
        action(goal("Sara gaat elke dag naar school"), "Gesprek met de mentor");
        assertThat(of(hanna, DeadlineKind.PLAN_ESTABLISHED)).hasSize(1);

        establish();

        assertThat(of(hanna, DeadlineKind.PLAN_ESTABLISHED)).isEmpty();
    }

    @Test
    @DisplayName("G-2: the reminders find the people with deadlines between two days")
    void findsThePeopleWithDeadlinesBetweenTwoDays() {
        var sanne = sanne();
        hannaCoordinates();
        action(goal("Sara gaat elke dag naar school"), "Wekker en ontbijtplan maken", mother());

        assertThat(deadlines.accountsWithDeadlinesUntil(TARGET)).contains(sanne.id());
        assertThat(deadlines.accountsWithDeadlinesUntil(EVALUATION)).contains(sanne.id(), hanna.id());
        assertThat(deadlines.accountsWithDeadlinesUntil(TARGET.minusDays(1))).doesNotContain(sanne.id());
        assertThat(deadlines.accountsWithDeadlinesBetween(TARGET, TARGET)).contains(sanne.id());
        assertThat(deadlines.accountsWithDeadlinesBetween(TARGET.plusDays(1), EVALUATION))
                .contains(hanna.id())
                .doesNotContain(sanne.id());
    }

    private AccountPrincipal sanne() {
        var sanne = citizen("Sanne " + familyName);
        team.linkAccount(mother().id(), sanne.id());
        return sanne;
    }

    private List<Deadline> of(AccountPrincipal person, DeadlineKind kind) {
        return deadlines.openDeadlinesOf(person.id(), today()).stream()
                .filter(d -> d.kind() == kind)
                .filter(d -> d.householdId().equals(household))
                .toList();
    }

    private static EvaluationAnswers notReached(LocalDate on) {
        return new EvaluationAnswers(
                on, false, true, null, null, "Sara was ziek", true, "Het blijft moeilijk", "Een vast ritme");
    }
}
