package nl.eenplan.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.eenplan.calendar.WorkingDays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a reminder is due (G-2, X-4), without Spring. */
class ReminderPolicyTests {

    private final ReminderPolicy policy = new ReminderPolicy(WorkingDays.nationwide(), 2);

    @ParameterizedTest(name = "due {0}: reminded before on {1}, not yet on {2}")
    @DisplayName("X-4: the reminder before goes two working days ahead, skipping weekends and public holidays")
    @CsvSource({
        // Christmas 2026 falls on Friday: Tuesday 29 December is two working days after Thursday 24th.
        "2026-12-29, 2026-12-24, 2026-12-23",
        // Christmas 2028 on Monday and Tuesday.
        "2028-12-27, 2028-12-21, 2028-12-20",
        // New Year's Day 2029 is a Monday.
        "2029-01-02, 2028-12-28, 2028-12-27",
        // King's Day 2029 is a Friday.
        "2029-04-30, 2029-04-25, 2029-04-24",
        // An ordinary week: Thursday is reminded on Tuesday.
        "2029-03-15, 2029-03-13, 2029-03-12"
    })
    void remindsTwoWorkingDaysAhead(LocalDate due, LocalDate first, LocalDate tooEarly) {
        var deadline = deadline(due);

        assertThat(policy.momentFor(deadline, tooEarly)).isEmpty();
        assertThat(policy.momentFor(deadline, first)).contains(ReminderMoment.BEFORE);
        assertThat(policy.momentFor(deadline, due.minusDays(1))).contains(ReminderMoment.BEFORE);
        assertThat(policy.momentFor(deadline, due)).contains(ReminderMoment.ON);
    }

    @Test
    @DisplayName("G-2: a missed reminder on the day still goes up to a week later, not after that")
    void aMissedReminderGoesUpToAWeekLate() {
        var deadline = deadline(LocalDate.of(2029, 3, 9));

        assertThat(policy.momentFor(deadline, LocalDate.of(2029, 3, 12))).contains(ReminderMoment.ON);
        assertThat(policy.momentFor(deadline, LocalDate.of(2029, 3, 16))).contains(ReminderMoment.ON);
        assertThat(policy.momentFor(deadline, LocalDate.of(2029, 3, 17))).isEmpty();
    }

    @Test
    @DisplayName("G-2: the number of working days ahead can be set; zero means only on the day")
    void theWorkingDaysAheadCanBeSet() {
        var onTheDayOnly = new ReminderPolicy(WorkingDays.nationwide(), 0);
        var deadline = deadline(LocalDate.of(2029, 3, 15));

        assertThat(onTheDayOnly.momentFor(deadline, LocalDate.of(2029, 3, 14))).isEmpty();
        assertThat(onTheDayOnly.momentFor(deadline, LocalDate.of(2029, 3, 15))).contains(ReminderMoment.ON);
    }

    @Test
    @DisplayName("G-2: the weekly digest is due from Monday 07:00 for the rest of the ISO week")
    void theDigestIsDueFromMondaySeven() {
        assertThat(policy.digestWeek(LocalDateTime.parse("2026-12-28T06:59"))).isEmpty();
        assertThat(policy.digestWeek(LocalDateTime.parse("2026-12-28T07:00")))
                .map(DigestWeek::toString)
                .contains("2026-W53");
        assertThat(policy.digestWeek(LocalDateTime.parse("2027-01-03T23:59")))
                .map(DigestWeek::key)
                .contains("digest:2026-W53");
        assertThat(policy.digestWeek(LocalDateTime.parse("2027-01-04T07:00")))
                .map(DigestWeek::monday)
                .isEqualTo(Optional.of(LocalDate.of(2027, 1, 4)));
    }

    @Test
    @DisplayName("G-2: a digest goes to who has something overdue or due within two weeks")
    void aDigestNeedsSomethingSoon() {
        var today = LocalDate.of(2029, 3, 12);

        assertThat(policy.wantsDigest(List.of(deadline(today.minusDays(30))), today))
                .isTrue();
        assertThat(policy.wantsDigest(List.of(deadline(today.plusDays(14))), today))
                .isTrue();
        assertThat(policy.wantsDigest(List.of(deadline(today.plusDays(15))), today))
                .isFalse();
        assertThat(policy.wantsDigest(List.of(), today)).isFalse();
    }

    private static Deadline deadline(LocalDate due) {
        return new Deadline("action:test", DeadlineKind.ACTION, due, "Wekker zetten", null, null, "/to-do");
    }
}
