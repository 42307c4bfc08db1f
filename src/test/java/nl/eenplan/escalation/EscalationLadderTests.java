package nl.eenplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
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
