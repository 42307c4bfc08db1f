package nl.eenplan.escalation;

import static nl.eenplan.escalation.Ladders.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.WorkingDays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalationLadderTests {

    private static final UUID CLOSED_ON_MONDAY = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final UUID CLOSED_BEFORE_WEEKEND = UUID.randomUUID();
    private static final UUID BRIDGE_DAYS = UUID.randomUUID();
    private static final EscalationLadder LADDER = EscalationLadder.standard();
    private static final WorkingDays DAYS = Ladders.calendar(Map.of(
            CLOSED_ON_MONDAY, Set.of(LocalDate.of(2027, 1, 4)),
            CLOSED_BEFORE_WEEKEND, Set.of(LocalDate.of(2027, 4, 30)),
            BRIDGE_DAYS, Set.of(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 12, 28))));

    @Test
    @DisplayName("E-1: a bilateral talk started on Christmas Eve 2026 has five working days, to Monday 4 January 2027")
    void stepOneSkipsChristmasAndNewYear() {
        var terms = LADDER.termsOf(1, OTHER, LocalDate.of(2026, 12, 24), DAYS);

        assertThat(terms.firstDue()).isNull();
        assertThat(terms.commitmentDue()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    @DisplayName("E-3: step 3 started on 21 December 2026: managers meet by 4 January 2027, commit by 11 January")
    void managersMeetWithinTwoWeeksAcrossTheHolidays() {
        var start = LocalDate.of(2026, 12, 21);
        var terms = LADDER.termsOf(3, OTHER, start, DAYS);

        assertThat(terms.firstDue()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(terms.commitmentDue()).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    @DisplayName("E-3: managers meet within two weeks: Monday 2 March 2026 gives Monday 16 March")
    void managersMeetWithinTwoWeeks() {
        assertThat(LADDER.termsOf(3, OTHER, LocalDate.of(2026, 3, 2), DAYS).firstDue())
                .isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    @DisplayName("E-3: two weeks ending on King's Day 2026 move to Tuesday 28 April")
    void managersMeetingDueOnAHolidayMoves() {
        assertThat(LADDER.termsOf(3, OTHER, LocalDate.of(2026, 4, 13), DAYS).firstDue())
                .isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    @DisplayName("E-3: commitment five working days after a meeting on Friday 8 May 2026 is due Monday 18 May")
    void managersCommitWithinFiveWorkingDaysAfterTheyMet() {
        assertThat(LADDER.commitmentAfterMeeting(3, OTHER, LocalDate.of(2026, 5, 8), DAYS))
                .isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    @DisplayName("E-4: the contact point records within one week; Christmas and a closing day move it")
    void contactPointRecordsWithinOneWeek() {
        var start = LocalDate.of(2026, 12, 18);

        assertThat(LADDER.termsOf(4, OTHER, start, DAYS).firstDue()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(LADDER.termsOf(4, BRIDGE_DAYS, start, DAYS).firstDue()).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    @DisplayName("E-4: commitment within five working days, skipping Ascension Day and the municipality's bridge day")
    void contactPointCommitmentSkipsTheMunicipalitysClosingDays() {
        var start = LocalDate.of(2026, 5, 11);

        assertThat(LADDER.termsOf(4, OTHER, start, DAYS).commitmentDue()).isEqualTo(LocalDate.of(2026, 5, 19));
        assertThat(LADDER.termsOf(4, BRIDGE_DAYS, start, DAYS).commitmentDue()).isEqualTo(LocalDate.of(2026, 5, 20));
    }

    @Test
    @DisplayName(
            "E-3, X-4: a municipal closing day on Monday 4 January 2027 moves the meeting and the commitment a day")
    void aClosingDayMovesTheManagersTerms() {
        var terms = LADDER.termsOf(3, CLOSED_ON_MONDAY, LocalDate.of(2026, 12, 21), DAYS);

        assertThat(terms.firstDue()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(terms.commitmentDue()).isEqualTo(LocalDate.of(2027, 1, 12));
    }

    @Test
    @DisplayName("E-3: once the managers met, commitment is due five working days after the meeting")
    void commitmentCountsFromTheMeeting() {
        assertThat(LADDER.commitmentAfterMeeting(3, OTHER, LocalDate.of(2026, 12, 28), DAYS))
                .isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    @DisplayName(
            "E-4: step 4 started Friday 23 April 2027: King's Day is skipped; records by 30 April, commitment by 3 May")
    void contactPointTermsSkipKingsDay() {
        var start = LocalDate.of(2027, 4, 23);
        var terms = LADDER.termsOf(4, OTHER, start, DAYS);

        assertThat(terms.firstDue()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(terms.commitmentDue()).isEqualTo(LocalDate.of(2027, 5, 3));
    }

    @Test
    @DisplayName(
            "E-4, X-4: with the municipality closed on Friday 30 April 2027 the contact point records by 3 May, commits by 4 May")
    void contactPointTermsSkipTheMunicipalitysClosingDay() {
        var start = LocalDate.of(2027, 4, 23);
        var terms = LADDER.termsOf(4, CLOSED_BEFORE_WEEKEND, start, DAYS);

        assertThat(terms.firstDue()).isEqualTo(LocalDate.of(2027, 5, 3));
        assertThat(terms.commitmentDue()).isEqualTo(LocalDate.of(2027, 5, 4));
    }

    @Test
    @DisplayName("E-2..E-4: a step cannot be skipped, not even after no commitment")
    void aStepCannotBeSkipped() {
        var atTalk = at(1, Outcome.NO_COMMITMENT);

        assertThatThrownBy(() -> LADDER.checkRaise(atTalk, 3))
                .isInstanceOfSatisfying(
                        EscalationRefused.class, e -> assertThat(e.reason()).isEqualTo("escalation.refused.skip"));
        assertThatThrownBy(() -> LADDER.checkRaise(atTalk, 1))
                .isInstanceOfSatisfying(
                        EscalationRefused.class, e -> assertThat(e.reason()).isEqualTo("escalation.refused.notHigher"));
        assertThatCode(() -> LADDER.checkRaise(atTalk, 2)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("E-2: going up needs the outcome NO_COMMITMENT of the current step")
    void goingUpNeedsNoCommitment() {
        assertThatThrownBy(() -> LADDER.checkRaise(at(2, null), 3))
                .isInstanceOfSatisfying(
                        EscalationRefused.class,
                        e -> assertThat(e.reason()).isEqualTo("escalation.refused.outcomeFirst"));
        assertThatThrownBy(() -> LADDER.checkRaise(at(2, Outcome.COMMITMENT), 3))
                .isInstanceOfSatisfying(
                        EscalationRefused.class, e -> assertThat(e.reason()).isEqualTo("escalation.refused.committed"));
        assertThatCode(() -> LADDER.checkRaise(at(2, Outcome.NO_COMMITMENT), 3)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("E-4: the municipal contact point is the last step")
    void nothingAboveTheContactPoint() {
        assertThatThrownBy(() -> LADDER.checkRaise(at(4, Outcome.NO_COMMITMENT), 5))
                .isInstanceOfSatisfying(
                        EscalationRefused.class, e -> assertThat(e.reason()).isEqualTo("escalation.refused.top"));
    }

    @Test
    @DisplayName("E-4: de-escalation after a commitment on any step")
    void deEscalationAfterCommitment() {
        for (int step = 1; step <= 4; step++) {
            var escalation = at(step, Outcome.COMMITMENT);
            assertThatCode(() -> LADDER.checkDeEscalation(escalation, false)).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> LADDER.checkDeEscalation(at(2, Outcome.NO_COMMITMENT), false))
                .isInstanceOfSatisfying(
                        EscalationRefused.class,
                        e -> assertThat(e.reason()).isEqualTo("escalation.refused.needsCommitment"));
        assertThatThrownBy(() -> LADDER.checkDeEscalation(at(3, null), false)).isInstanceOf(EscalationRefused.class);
    }

    @Test
    @DisplayName("E-4: at step 4 the contact point hands back once it recorded what happens, even without commitment")
    void contactPointHandsBackWithItsMandate() {
        assertThatCode(() -> LADDER.checkDeEscalation(at(4, Outcome.NO_COMMITMENT), true))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LADDER.checkDeEscalation(at(4, Outcome.NO_COMMITMENT), false))
                .isInstanceOfSatisfying(
                        EscalationRefused.class,
                        e -> assertThat(e.reason()).isEqualTo("escalation.refused.needsCommitment"));
        assertThatThrownBy(() -> LADDER.checkDeEscalation(at(4, null), true))
                .isInstanceOfSatisfying(
                        EscalationRefused.class,
                        e -> assertThat(e.reason()).isEqualTo("escalation.refused.recordFirst"));
    }

    @Test
    @DisplayName("E-1..E-3: a commitment needs its new agreements and their date; no commitment needs neither")
    void commitmentNeedsAgreements() {
        var bare = new StepOutcome(Outcome.COMMITMENT, " ", null, null, null, null);
        assertThatThrownBy(() -> LADDER.checkOutcome(at(1, null), bare))
                .isInstanceOfSatisfying(
                        EscalationRefused.class,
                        e -> assertThat(e.reason()).isEqualTo("escalation.outcome.agreementsRequired"));
        assertThatCode(() -> LADDER.checkOutcome(at(1, null), Ladders.noCommitment()))
                .doesNotThrowAnyException();
        assertThatCode(() -> LADDER.checkOutcome(at(1, null), Ladders.commitment()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LADDER.checkOutcome(at(1, Outcome.NO_COMMITMENT), Ladders.commitment()))
                .isInstanceOfSatisfying(
                        EscalationRefused.class,
                        e -> assertThat(e.reason()).isEqualTo("escalation.refused.outcomeRecorded"));
    }

    @Test
    @DisplayName(
            "E-4: the contact point records actions, intended result, term and whom it involves, whatever the commitment")
    void contactPointRecordsActionsResultAndTerm() {
        var withoutResult = new StepOutcome(
                Outcome.NO_COMMITMENT, "Schuldhulp start deze week", Ladders.START.plusDays(4), null, null, null);
        assertThatThrownBy(() -> LADDER.checkOutcome(at(4, null), withoutResult))
                .isInstanceOfSatisfying(
                        EscalationRefused.class,
                        e -> assertThat(e.reason()).isEqualTo("escalation.outcome.intendedResultRequired"));
        assertThatThrownBy(() -> LADDER.checkOutcome(at(4, null), Ladders.noCommitment()))
                .isInstanceOfSatisfying(
                        EscalationRefused.class,
                        e -> assertThat(e.reason()).isEqualTo("escalation.outcome.agreementsRequired"));
        var complete = new StepOutcome(
                Outcome.NO_COMMITMENT,
                "Schuldhulp start deze week",
                Ladders.START.plusDays(4),
                "Het gezin heeft een betalingsregeling",
                Involvement.ALDERMAN_OR_MAYOR,
                null);
        assertThatCode(() -> LADDER.checkOutcome(at(4, null), complete)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("E-3: only the managers record a meeting, before their outcome")
    void onlyManagersMeet() {
        var today = Ladders.START.plusDays(3);
        assertThatCode(() -> LADDER.checkMeeting(at(3, null), Ladders.START.plusDays(2), today))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LADDER.checkMeeting(at(2, null), Ladders.START, today))
                .isInstanceOfSatisfying(
                        EscalationRefused.class, e -> assertThat(e.reason()).isEqualTo("escalation.refused.noMeeting"));
        assertThatThrownBy(() -> LADDER.checkMeeting(at(3, null), today.plusDays(1), today))
                .isInstanceOfSatisfying(
                        EscalationRefused.class,
                        e -> assertThat(e.reason()).isEqualTo("escalation.meeting.dateOutside"));
    }

    @Test
    @DisplayName("A closed escalation takes no more steps")
    void aClosedEscalationIsDone() {
        var closed = Ladders.closed();
        assertThatThrownBy(() -> LADDER.checkRaise(closed, 2))
                .isInstanceOfSatisfying(
                        EscalationRefused.class, e -> assertThat(e.reason()).isEqualTo("escalation.refused.closed"));
        assertThatThrownBy(() -> LADDER.checkDeEscalation(closed, true)).isInstanceOf(EscalationRefused.class);
    }

    @Test
    @DisplayName("E-4, E-6: a municipality's own ladder has four steps and ends at the municipal contact point")
    void aLadderEndsAtTheContactPoint() {
        var steps = List.of(
                new LadderStep(1, StepOwner.COORDINATOR, null, 3, false),
                new LadderStep(2, StepOwner.COORDINATOR, null, 3, false),
                new LadderStep(3, StepOwner.MANAGERS, 10, 3, true),
                new LadderStep(4, StepOwner.MANAGERS, 7, 5, false));
        assertThatThrownBy(() -> new EscalationLadder(steps)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscalationLadder(steps.subList(0, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
