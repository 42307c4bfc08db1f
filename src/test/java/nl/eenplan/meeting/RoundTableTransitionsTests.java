package nl.eenplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.WorkingDays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The round table checks and makes its own transitions, and says what happened. */
class RoundTableTransitionsTests {

    private static final WorkingDays DAYS = WorkingDays.nationwide();
    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 20);
    private static final Instant NOW = Instant.parse("2026-04-20T08:00:00Z");
    private static final UUID CHAIR = UUID.randomUUID();
    private static final UUID MINUTES = UUID.randomUUID();
    private static final Set<UUID> LEADERS = Set.of(CHAIR, MINUTES);
    private static final Schedule TUESDAY =
            new Schedule(LocalDate.of(2026, 4, 28), LocalTime.of(10, 0), LocalTime.of(11, 0), "Buurthuis", false);

    @Test
    @DisplayName("M-2, M-3: the initiative opens a window of 5 to 15 working days, with the agenda prepared for it")
    void theInitiativeOpensTheWindow() {
        var initiated = initiated();

        var roundTable = initiated.roundTable();
        assertThat(roundTable.open()).isTrue();
        assertThat(roundTable.window().earliest()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(roundTable.window().latest()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(initiated.agenda()).containsExactly("Kennismaken", "Tot 2026-05-12");
        assertThat(initiated.events())
                .containsExactly(new RoundTableInitiated(
                        roundTable.id(),
                        roundTable.householdId(),
                        MONDAY,
                        LocalDate.of(2026, 4, 28),
                        LocalDate.of(2026, 5, 12)));
    }

    @Test
    @DisplayName("M-2: the initiative is never taken in the future")
    void noInitiativeInTheFuture() {
        refused(
                () -> RoundTable.initiate(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        MONDAY.plusDays(1),
                        MONDAY,
                        DAYS,
                        NOW,
                        window -> List.of()),
                "meeting.initiative.inFuture");
    }

    @Test
    @DisplayName(
            "M-4: chair and minute taker come from those who may lead; a change after invitations is a new SEQUENCE")
    void planningChoosesLeadersAndCountsTheSequence() {
        var roundTable = initiated().roundTable();
        var stranger = UUID.randomUUID();

        refused(() -> roundTable.plan(TUESDAY, stranger, null, LEADERS, false), "meeting.chair.notInTeam");
        refused(() -> roundTable.plan(TUESDAY, CHAIR, stranger, LEADERS, false), "meeting.minuteTaker.notInTeam");
        var planned = roundTable.plan(TUESDAY, CHAIR, MINUTES, LEADERS, false).roundTable();
        assertThat(planned.schedule()).isEqualTo(TUESDAY);
        assertThat(planned.recorderId()).isEqualTo(MINUTES);
        assertThat(planned.sequence()).isZero();

        var later = new Schedule(TUESDAY.date(), LocalTime.of(14, 0), LocalTime.of(15, 0), "Buurthuis", false);
        assertThat(planned.movesInTime(later)).isTrue();
        assertThat(planned.plan(later, CHAIR, MINUTES, LEADERS, true)
                        .roundTable()
                        .sequence())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("M-1: invitations need a planned round table and someone to invite")
    void invitingNeedsAPlan() {
        var roundTable = initiated().roundTable();

        refused(() -> roundTable.invite(Set.of(CHAIR)), "meeting.invite.planFirst");
        var planned = roundTable.plan(TUESDAY, CHAIR, MINUTES, LEADERS, false).roundTable();
        refused(() -> planned.invite(Set.of()), "meeting.invite.nobody");
        assertThat(planned.invite(Set.of(CHAIR, MINUTES)).events())
                .containsExactly(new RoundTableInvitationsSent(planned.id(), planned.householdId(), 2));
    }

    @Test
    @DisplayName("M-3, MON-2: held minutes mark the round table held, and whether within its window")
    void minutesMarkTheRoundTableHeld() {
        var roundTable = initiated().roundTable();
        var heldOn = LocalDate.of(2026, 5, 13);

        refused(
                () -> roundTable.recordMinutes("Verslag", Set.of(UUID.randomUUID()), heldOn, LEADERS, heldOn),
                "meeting.minutes.presentNotInTeam");
        refused(
                () -> roundTable.recordMinutes("Verslag", Set.of(CHAIR), heldOn, LEADERS, heldOn.minusDays(1)),
                "meeting.minutes.heldInFuture");
        var recorded = roundTable.recordMinutes(" Verslag ", Set.of(CHAIR), heldOn, LEADERS, heldOn);
        assertThat(recorded.roundTable().status()).isEqualTo(RoundTableStatus.HELD);
        assertThat(recorded.roundTable().minutes()).isEqualTo("Verslag");
        assertThat(recorded.present()).containsExactly(CHAIR);
        assertThat(recorded.events())
                .containsExactly(
                        new RoundTableMinutesRecorded(roundTable.id(), roundTable.householdId()),
                        new RoundTableHeld(roundTable.id(), roundTable.householdId(), MONDAY, heldOn, false));
        assertThat(recorded.roundTable()
                        .recordMinutes("Aangevuld", Set.of(CHAIR), heldOn, LEADERS, heldOn)
                        .events())
                .as("held once")
                .containsExactly(new RoundTableMinutesRecorded(roundTable.id(), roundTable.householdId()));
    }

    @Test
    @DisplayName("M-4: a called-off round table takes no more plans, invitations or answers")
    void aCancelledRoundTableIsDone() {
        var planned = initiated()
                .roundTable()
                .plan(TUESDAY, CHAIR, MINUTES, LEADERS, false)
                .roundTable();
        var cancelled = planned.cancel(true, NOW);

        assertThat(cancelled.roundTable().cancelled()).isTrue();
        assertThat(cancelled.roundTable().sequence()).isEqualTo(1);
        assertThat(cancelled.events())
                .containsExactly(new RoundTableCancelled(planned.id(), planned.householdId(), NOW));
        var off = cancelled.roundTable();
        refused(() -> off.plan(TUESDAY, CHAIR, MINUTES, LEADERS, false), "meeting.notOpen");
        refused(() -> off.invite(Set.of(CHAIR)), "meeting.notOpen");
        refused(() -> off.requireAnswerableAt(1), "meeting.notOpen");
    }

    @Test
    @DisplayName("M-4: an answer about an invitation that changed since is refused")
    void anAnswerIsAboutTheLatestInvitation() {
        var planned = initiated()
                .roundTable()
                .plan(TUESDAY, CHAIR, MINUTES, LEADERS, false)
                .roundTable();

        assertThatThrownBy(() -> planned.requireAnswerableAt(planned.sequence() + 1))
                .isInstanceOf(RoundTableChangedMeanwhile.class);
    }

    @Test
    @DisplayName("M-4: the chair's agenda leaves out empty items; a decision keeps what it became in the plan")
    void agendaAndDecisions() {
        var roundTable = initiated().roundTable();
        var goal = UUID.randomUUID();
        var by = UUID.randomUUID();

        assertThat(roundTable.keepAgenda(List.of(" Welkom ", "", "Doelen")).agenda())
                .containsExactly("Welkom", "Doelen");
        var decided = roundTable.decide(DecisionKind.GOAL, "Schulden op orde", goal, null, by, NOW);
        assertThat(decided.decision().goalId()).isEqualTo(goal);
        assertThat(decided.decidedBy()).isEqualTo(by);
        assertThat(decided.events())
                .containsExactly(
                        new RoundTableDecisionRecorded(roundTable.id(), roundTable.householdId(), DecisionKind.GOAL));
    }

    private static RoundTableChange initiated() {
        return RoundTable.initiate(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                MONDAY,
                MONDAY,
                DAYS,
                NOW,
                window -> List.of("Kennismaken", "Tot " + window.latest()));
    }

    private static void refused(ThrowingCallable transition, String reason) {
        assertThatThrownBy(transition)
                .isInstanceOfSatisfying(
                        RoundTableRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
