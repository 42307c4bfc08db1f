package nl.eenplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.calendar.RoundTableWindow;
import nl.eenplan.calendar.WorkingDays;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of a round table on their own, without Spring (M-1..M-4, X-5). */
class RoundTableRulesTests {

    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 20);

    private final Viewer professional = viewer(ParticipantKind.PROFESSIONAL, true);
    private final Viewer chair = viewer(ParticipantKind.PROFESSIONAL, true);
    private final Viewer minuteTaker = viewer(ParticipantKind.HOUSEHOLD_MEMBER, true);
    private final Viewer mother = viewer(ParticipantKind.HOUSEHOLD_MEMBER, true);
    private final Viewer grandma = viewer(ParticipantKind.NETWORK, true);
    private final Viewer doctor = viewer(ParticipantKind.PROFESSIONAL, false);

    @Test
    @DisplayName("M-2: every active professional organises; household members and copy recipients do not")
    void professionalsOrganise() {
        var roundTable = roundTable(RoundTableStatus.PLANNED, null, null);

        assertThat(RoundTableRoles.mayTakeInitiative(professional)).isTrue();
        assertThat(RoundTableRoles.mayTakeInitiative(mother)).isFalse();
        assertThat(RoundTableRoles.mayTakeInitiative(doctor)).isFalse();
        assertThat(RoundTableRoles.of(professional, roundTable, false).mayOrganise())
                .isTrue();
        assertThat(RoundTableRoles.of(professional, roundTable(RoundTableStatus.HELD, null, null), false)
                        .mayOrganise())
                .isFalse();
    }

    @Test
    @DisplayName("M-4: the chair keeps the agenda; the minute taker records, and without one the chair")
    void chairAndMinuteTaker() {
        var withBoth = roundTable(RoundTableStatus.PLANNED, chair, minuteTaker);
        assertThat(RoundTableRoles.of(chair, withBoth, false).mayEditAgenda()).isTrue();
        assertThat(RoundTableRoles.of(professional, withBoth, false).mayEditAgenda())
                .isFalse();
        assertThat(RoundTableRoles.of(minuteTaker, withBoth, false).mayRecord()).isTrue();
        assertThat(RoundTableRoles.of(chair, withBoth, false).mayRecord()).isFalse();

        var chairOnly = roundTable(RoundTableStatus.PLANNED, chair, null);
        assertThat(RoundTableRoles.of(chair, chairOnly, false).mayRecord()).isTrue();
        var neither = roundTable(RoundTableStatus.PLANNED, null, null);
        assertThat(RoundTableRoles.of(professional, neither, false).mayRecord()).isTrue();
        assertThat(RoundTableRoles.of(mother, neither, false).mayRecord()).isFalse();
        assertThat(RoundTableRoles.of(chair, roundTable(RoundTableStatus.CANCELLED, chair, null), false)
                        .mayRecord())
                .isFalse();
    }

    @Test
    @DisplayName("X-5: a network member sees a round table only when invited, and never its minutes")
    void networkMembersSeeWhatTheyNeed() {
        var roundTable = roundTable(RoundTableStatus.PLANNED, chair, minuteTaker);

        assertThat(RoundTableRoles.sees(grandma, false)).isFalse();
        assertThat(RoundTableRoles.sees(grandma, true)).isTrue();
        assertThat(RoundTableRoles.sees(doctor, true)).isFalse();
        var roles = RoundTableRoles.of(grandma, roundTable, true);
        assertThat(roles.seesMinutes()).isFalse();
        assertThat(roles.mayAnswer()).isTrue();
        assertThat(roles.mayRecord()).isFalse();
        assertThat(RoundTableRoles.of(mother, roundTable, false).seesMinutes()).isTrue();
    }

    @Test
    @DisplayName("M-3: a day outside the window is kept, and marked as outside; held within the window counts")
    void theWindow() {
        var window = RoundTableWindow.after(MONDAY, WorkingDays.nationwide());
        var inside = new Schedule(window.latest(), LocalTime.of(9, 0), LocalTime.of(10, 0), "Thuis", false);
        var outside =
                new Schedule(window.latest().plusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 0), "Thuis", false);

        assertThat(withSchedule(window, inside).outsideWindow()).isFalse();
        assertThat(withSchedule(window, outside).outsideWindow()).isTrue();
        assertThat(inside.sameTimeAs(
                        new Schedule(window.latest(), LocalTime.of(9, 0), LocalTime.of(10, 0), "Elders", false)))
                .isTrue();
        assertThat(inside.startsAt().getZone()).isEqualTo(DutchTime.ZONE);
    }

    @Test
    @DisplayName("M-1, M-4: a meeting needs a time and a place or a call; a replacement needs a name and an address")
    void whatAMeetingAndAnAnswerNeed() {
        assertThatThrownBy(() -> new Schedule(MONDAY, LocalTime.of(10, 0), LocalTime.of(10, 0), "Thuis", false))
                .hasMessage("meeting.schedule.endBeforeStart");
        assertThatThrownBy(() -> new Schedule(MONDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), " ", false))
                .hasMessage("meeting.schedule.placeRequired");
        assertThat(new Schedule(MONDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), " ", true).place())
                .isNull();

        assertThatThrownBy(() -> new Reply(Answer.REPLACEMENT, "Karin", "karin"))
                .hasMessage("meeting.answer.replacementEmailInvalid");
        assertThatThrownBy(() -> new Reply(Answer.REPLACEMENT, " ", "karin@example.org"))
                .hasMessage("meeting.answer.replacementNameRequired");
        assertThat(new Reply(Answer.DECLINE, "Karin", "karin@example.org").replacementName())
                .isNull();
        assertThatThrownBy(() -> new NewDecision(DecisionKind.ACTION, "Bellen", null, " ", Set.of(), null, null, null))
                .hasMessage("meeting.decision.goalRequired");
    }

    private static Viewer viewer(ParticipantKind kind, boolean active) {
        var participant = new Participant(
                UUID.randomUUID(),
                HOUSEHOLD,
                kind,
                null,
                UUID.randomUUID(),
                null,
                kind.name(),
                "",
                Set.of(),
                null,
                null,
                active,
                !active,
                false,
                null);
        var scope = !active
                ? Viewer.Scope.COPY
                : kind == ParticipantKind.NETWORK ? Viewer.Scope.APPROACH : Viewer.Scope.FULL;
        return new Viewer(participant.accountId(), participant, scope);
    }

    private static RoundTable roundTable(RoundTableStatus status, Viewer chair, Viewer minuteTaker) {
        return new RoundTable(
                UUID.randomUUID(),
                HOUSEHOLD,
                1,
                status,
                UUID.randomUUID(),
                UUID.randomUUID(),
                MONDAY,
                RoundTableWindow.after(MONDAY, WorkingDays.nationwide()),
                new Schedule(MONDAY.plusDays(10), LocalTime.of(9, 0), LocalTime.of(10, 0), "Thuis", false),
                chair == null ? null : chair.participant().id(),
                minuteTaker == null ? null : minuteTaker.participant().id(),
                0,
                "",
                null,
                Instant.EPOCH);
    }

    private static RoundTable withSchedule(RoundTableWindow window, Schedule schedule) {
        return new RoundTable(
                UUID.randomUUID(),
                HOUSEHOLD,
                1,
                RoundTableStatus.PLANNED,
                UUID.randomUUID(),
                UUID.randomUUID(),
                MONDAY,
                window,
                schedule,
                null,
                null,
                0,
                "",
                null,
                Instant.EPOCH);
    }
}
