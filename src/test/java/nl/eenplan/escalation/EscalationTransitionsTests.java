package nl.eenplan.escalation;

import static nl.eenplan.escalation.Ladders.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.eenplan.calendar.WorkingDays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The escalation checks and makes its own transitions on the ladder, and says what happened. */
class EscalationTransitionsTests {

    private static final EscalationLadder LADDER = EscalationLadder.standard();
    private static final WorkingDays DAYS = Ladders.calendar(Map.of());
    private static final UUID MANAGER = UUID.randomUUID();
    private static final Function<StepOwner, StepOwners.Chosen> TO_MANAGER =
            owner -> new StepOwners.Chosen(owner == StepOwner.CONTACT_POINT ? Ladders.CONTACT_POINT : MANAGER, null);
    private static final LocalDate TODAY = Ladders.START.plusDays(3);

    @Test
    @DisplayName("E-1: a stagnation about a professional starts the ladder at step 1, owned by the coordinator")
    void startsAtTheCoordinatorsTalk() {
        var parties = at(1, null).parties();
        var started = Escalation.start(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new Escalation.SignalledAgreement(UUID.randomUUID(), UUID.randomUUID(), "Formulieren ophalen"),
                parties,
                LADDER,
                DAYS,
                LocalDate.of(2026, 12, 24));

        var e = started.escalation();
        assertThat(e.currentStep()).isEqualTo(1);
        assertThat(e.open()).isTrue();
        assertThat(e.current().ownerAccountId()).isEqualTo(parties.coordinatorAccountId());
        assertThat(e.current().commitmentDue()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(started.event())
                .isEqualTo(
                        new EscalationStarted(e.id(), e.householdId(), e.municipalityId(), LocalDate.of(2026, 12, 24)));
    }

    @Test
    @DisplayName("E-2..E-4: a step cannot be skipped, not even after no commitment")
    void aStepCannotBeSkipped() {
        var atTalk = at(1, Outcome.NO_COMMITMENT);

        refused(() -> atTalk.raise(LADDER, 3, TO_MANAGER, DAYS, TODAY), "escalation.refused.skip");
        refused(() -> atTalk.raise(LADDER, 1, TO_MANAGER, DAYS, TODAY), "escalation.refused.notHigher");
        var raised = atTalk.raise(LADDER, 2, TO_MANAGER, DAYS, TODAY);
        assertThat(raised.escalation().currentStep()).isEqualTo(2);
        assertThat(raised.escalation().current().ownerAccountId()).isEqualTo(MANAGER);
        assertThat(raised.escalation().current().startedOn()).isEqualTo(TODAY);
        assertThat(raised.event())
                .isEqualTo(new EscalationRaised(atTalk.id(), atTalk.householdId(), atTalk.municipalityId(), 2, TODAY));
        assertThat(atTalk.currentStep())
                .as("the escalation before is unchanged")
                .isEqualTo(1);
    }

    @Test
    @DisplayName("E-2: going up needs the outcome NO_COMMITMENT of the current step")
    void goingUpNeedsNoCommitment() {
        refused(() -> at(2, null).raise(LADDER, 3, TO_MANAGER, DAYS, TODAY), "escalation.refused.outcomeFirst");
        refused(
                () -> at(2, Outcome.COMMITMENT).raise(LADDER, 3, TO_MANAGER, DAYS, TODAY),
                "escalation.refused.committed");
        assertThatCode(() -> at(2, Outcome.NO_COMMITMENT).raise(LADDER, 3, TO_MANAGER, DAYS, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("E-3: step 3 gets the managers' meeting term and commitment after it")
    void stepThreeHasTheManagersTerms() {
        var raised = at(2, Outcome.NO_COMMITMENT)
                .raise(LADDER, 3, TO_MANAGER, DAYS, LocalDate.of(2026, 12, 21))
                .escalation();

        assertThat(raised.current().firstDue()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(raised.current().commitmentDue()).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    @DisplayName("E-4: the municipal contact point is the last step")
    void nothingAboveTheContactPoint() {
        refused(() -> at(4, Outcome.NO_COMMITMENT).raise(LADDER, 5, TO_MANAGER, DAYS, TODAY), "escalation.refused.top");
    }

    @Test
    @DisplayName("E-4: de-escalation after a commitment on any step closes the escalation")
    void deEscalationAfterCommitment() {
        for (int step = 1; step <= 4; step++) {
            var escalation = at(step, Outcome.COMMITMENT);
            var ended = escalation.deEscalate(LADDER, Ladders.COORDINATOR, TODAY);
            assertThat(ended.escalation().closed()).isTrue();
            assertThat(ended.escalation().closedOn()).isEqualTo(TODAY);
            assertThat(ended.event())
                    .isEqualTo(new EscalationEnded(
                            escalation.id(), escalation.householdId(), escalation.municipalityId(), step, TODAY));
        }
        refused(
                () -> at(2, Outcome.NO_COMMITMENT).deEscalate(LADDER, Ladders.COORDINATOR, TODAY),
                "escalation.refused.needsCommitment");
        assertThatThrownBy(() -> at(3, null).deEscalate(LADDER, Ladders.COORDINATOR, TODAY))
                .isInstanceOf(EscalationRefused.class);
    }

    @Test
    @DisplayName("E-4: at step 4 the contact point hands back once it recorded what happens, even without commitment")
    void contactPointHandsBackWithItsMandate() {
        assertThatCode(() -> at(4, Outcome.NO_COMMITMENT).deEscalate(LADDER, Ladders.CONTACT_POINT, TODAY))
                .doesNotThrowAnyException();
        refused(
                () -> at(4, Outcome.NO_COMMITMENT).deEscalate(LADDER, Ladders.COORDINATOR, TODAY),
                "escalation.refused.needsCommitment");
        refused(() -> at(4, null).deEscalate(LADDER, Ladders.CONTACT_POINT, TODAY), "escalation.refused.recordFirst");
    }

    @Test
    @DisplayName("E-1..E-3: a commitment needs its new agreements and their date; no commitment needs neither")
    void commitmentNeedsAgreements() {
        var bare = new StepOutcome(Outcome.COMMITMENT, " ", null, null, null, null);
        refused(
                () -> at(1, null).recordOutcome(LADDER, bare, Ladders.COORDINATOR, TODAY),
                "escalation.outcome.agreementsRequired");
        assertThatCode(() -> at(1, null).recordOutcome(LADDER, Ladders.noCommitment(), Ladders.COORDINATOR, TODAY))
                .doesNotThrowAnyException();
        var committed = at(1, null).recordOutcome(LADDER, Ladders.commitment(), Ladders.COORDINATOR, TODAY);
        assertThat(committed.escalation().current().outcome()).isEqualTo(Outcome.COMMITMENT);
        assertThat(committed.escalation().current().agreements()).isEqualTo("Peter belt het gezin");
        assertThat(committed.escalation().current().outcomeBy()).isEqualTo(Ladders.COORDINATOR);
        assertThat(committed.event()).isInstanceOf(EscalationOutcomeRecorded.class);
        refused(
                () -> at(1, Outcome.NO_COMMITMENT)
                        .recordOutcome(LADDER, Ladders.commitment(), Ladders.COORDINATOR, TODAY),
                "escalation.refused.outcomeRecorded");
    }

    @Test
    @DisplayName(
            "E-4: the contact point records actions, intended result, term and whom it involves, whatever the commitment")
    void contactPointRecordsActionsResultAndTerm() {
        var withoutResult = new StepOutcome(
                Outcome.NO_COMMITMENT, "Schuldhulp start deze week", Ladders.START.plusDays(4), null, null, null);
        refused(
                () -> at(4, null).recordOutcome(LADDER, withoutResult, Ladders.CONTACT_POINT, TODAY),
                "escalation.outcome.intendedResultRequired");
        refused(
                () -> at(4, null).recordOutcome(LADDER, Ladders.noCommitment(), Ladders.CONTACT_POINT, TODAY),
                "escalation.outcome.agreementsRequired");
        var complete = new StepOutcome(
                Outcome.NO_COMMITMENT,
                "Schuldhulp start deze week",
                Ladders.START.plusDays(4),
                "Het gezin heeft een betalingsregeling",
                Involvement.ALDERMAN_OR_MAYOR,
                null);
        assertThatCode(() -> at(4, null).recordOutcome(LADDER, complete, Ladders.CONTACT_POINT, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("E-3: only the managers record a meeting, before their outcome; commitment then counts from it")
    void onlyManagersMeet() {
        var met = at(3, null).recordMeeting(LADDER, LocalDate.of(2027, 3, 3), TODAY, DAYS);
        assertThat(met.escalation().current().metOn()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(met.escalation().current().commitmentDue()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(met.event()).isInstanceOf(EscalationMeetingRecorded.class);
        refused(() -> at(2, null).recordMeeting(LADDER, Ladders.START, TODAY, DAYS), "escalation.refused.noMeeting");
        refused(
                () -> at(3, null).recordMeeting(LADDER, TODAY.plusDays(1), TODAY, DAYS),
                "escalation.meeting.dateOutside");
    }

    @Test
    @DisplayName("A closed escalation takes no more steps")
    void aClosedEscalationIsDone() {
        var closed = Ladders.closed();
        refused(() -> closed.raise(LADDER, 2, TO_MANAGER, DAYS, TODAY), "escalation.refused.closed");
        refused(() -> closed.deEscalate(LADDER, Ladders.CONTACT_POINT, TODAY), "escalation.refused.closed");
        refused(
                () -> closed.recordOutcome(LADDER, Ladders.commitment(), Ladders.COORDINATOR, TODAY),
                "escalation.refused.closed");
    }

    private static void refused(ThrowingCallable transition, String reason) {
        assertThatThrownBy(transition)
                .isInstanceOfSatisfying(
                        EscalationRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
