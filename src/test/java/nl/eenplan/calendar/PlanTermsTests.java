package nl.eenplan.calendar;

import static nl.eenplan.calendar.WorkingDaysTests.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanTermsTests {

    private final PlanTerms terms = new PlanTerms(WorkingDays.nationwide());

    @Test
    @DisplayName("PL-10: a plan asked for on Wednesday 1 April 2026 is due in writing on Wednesday 15 April")
    void writtenPlanIsDueFourteenCalendarDaysAfterTheRequest() {
        assertThat(terms.writtenPlan(date(2026, 4, 1))).isEqualTo(new Term(date(2026, 4, 1), date(2026, 4, 15)));
    }

    @Test
    @DisplayName("PL-10: fourteen days ending on King's Day 2026 move to Tuesday 28 April")
    void writtenPlanDueOnAHolidayMovesToTheNextWorkingDay() {
        assertThat(terms.writtenPlan(date(2026, 4, 13)).due()).isEqualTo(date(2026, 4, 28));
    }

    @Test
    @DisplayName("PL-10: fourteen days ending on Christmas Day 2026 move past the weekend to Monday 28 December")
    void writtenPlanDueAtChristmasMovesPastTheWeekend() {
        assertThat(terms.writtenPlan(date(2026, 12, 11)).due()).isEqualTo(date(2026, 12, 28));
    }

    @Test
    @DisplayName("PL-10: a request on a Saturday is due on the Saturday two weeks later, so on the Monday after")
    void writtenPlanDueOnASaturdayMovesToMonday() {
        assertThat(terms.writtenPlan(date(2026, 4, 18)).due()).isEqualTo(date(2026, 5, 4));
    }

    @Test
    @DisplayName("PL-10: Good Friday does not move a term by default, it does under the Algemene termijnenwet")
    void goodFridayMovesATermOnlyUnderTheGeneralTimeLimitsAct() {
        var strict = new PlanTerms(WorkingDays.of(HolidayPolicy.GENERAL_TIME_LIMITS_ACT, ClosingDays.none()));

        assertThat(terms.writtenPlan(date(2026, 3, 20)).due()).isEqualTo(date(2026, 4, 3));
        assertThat(strict.writtenPlan(date(2026, 3, 20)).due()).isEqualTo(date(2026, 4, 7));
    }

    @Test
    @DisplayName("PL-10: six weeks after Monday 2 March 2026 is Monday 13 April")
    void establishedPlanIsDueSixWeeksAfterTheFamilyGroupPlanWasWaived() {
        assertThat(terms.establishedPlan(date(2026, 3, 2)).due()).isEqualTo(date(2026, 4, 13));
    }

    @Test
    @DisplayName("PL-10: six weeks ending on Ascension Day 2026 move to Friday 15 May")
    void establishedPlanDueOnAscensionDayMovesToFriday() {
        assertThat(terms.establishedPlan(date(2026, 4, 2)).due()).isEqualTo(date(2026, 5, 15));
    }

    @Test
    @DisplayName("PL-10 (Wmo): seven days ending on Liberation Day 2025 (lustrum) move to 6 May; in 2026 they do not")
    void personalPlanIsDueSevenDaysAfterTheRequestForSupport() {
        assertThat(terms.personalPlan(date(2025, 4, 28)).due()).isEqualTo(date(2025, 5, 6));
        assertThat(terms.personalPlan(date(2026, 4, 28)).due()).isEqualTo(date(2026, 5, 5));
    }

    @Test
    void aTermIsMetUpToItsDueDateAndOverdueAfterIt() {
        var term = terms.writtenPlan(date(2026, 4, 13));

        assertThat(term.isMetOn(date(2026, 4, 28))).isTrue();
        assertThat(term.isOverdueOn(date(2026, 4, 28))).isFalse();
        assertThat(term.isMetOn(date(2026, 4, 29))).isFalse();
        assertThat(term.isOverdueOn(date(2026, 4, 29))).isTrue();
        assertThat(term.isMetOn(date(2026, 4, 12))).isFalse();
    }

    @Test
    void aTermCannotBeDueBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Term(date(2026, 4, 13), date(2026, 4, 12)));
    }
}
