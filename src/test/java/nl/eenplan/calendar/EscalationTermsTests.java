package nl.eenplan.calendar;

import static nl.eenplan.calendar.WorkingDaysTests.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalationTermsTests {

    private static final UUID BRIDGE_DAY_MUNICIPALITY = UUID.randomUUID();
    private static final UUID OTHER_MUNICIPALITY = UUID.randomUUID();

    private final EscalationTerms terms = new EscalationTerms(WorkingDaysTests.withClosingDays(
            Map.of(BRIDGE_DAY_MUNICIPALITY, Set.of(date(2026, 5, 15), date(2026, 12, 28)))));

    @Test
    @DisplayName("E-3: managers meet within two weeks: Monday 2 March 2026 gives Monday 16 March")
    void managersMeetWithinTwoWeeks() {
        assertThat(terms.managersMeet(date(2026, 3, 2))).isEqualTo(new Term(date(2026, 3, 2), date(2026, 3, 16)));
    }

    @Test
    @DisplayName("E-3: two weeks ending on King's Day 2026 move to Tuesday 28 April")
    void managersMeetingDueOnAHolidayMoves() {
        assertThat(terms.managersMeet(date(2026, 4, 13)).due()).isEqualTo(date(2026, 4, 28));
    }

    @Test
    @DisplayName("E-3: commitment five working days after a meeting on Friday 8 May 2026 is due Monday 18 May")
    void managersCommitWithinFiveWorkingDaysAfterTheyMet() {
        assertThat(terms.managersCommitment(date(2026, 5, 8)).due()).isEqualTo(date(2026, 5, 18));
    }

    @Test
    @DisplayName("E-4: the contact point records within one week; Christmas and a closing day move it")
    void contactPointRecordsWithinOneWeek() {
        assertThat(terms.contactPointRecords(OTHER_MUNICIPALITY, date(2026, 12, 18))
                        .due())
                .isEqualTo(date(2026, 12, 28));
        assertThat(terms.contactPointRecords(BRIDGE_DAY_MUNICIPALITY, date(2026, 12, 18))
                        .due())
                .isEqualTo(date(2026, 12, 29));
    }

    @Test
    @DisplayName("E-4: commitment within five working days, skipping Ascension Day and the municipality's bridge day")
    void contactPointCommitmentSkipsTheMunicipalitysClosingDays() {
        assertThat(terms.contactPointCommitment(OTHER_MUNICIPALITY, date(2026, 5, 11))
                        .due())
                .isEqualTo(date(2026, 5, 19));
        assertThat(terms.contactPointCommitment(BRIDGE_DAY_MUNICIPALITY, date(2026, 5, 11))
                        .due())
                .isEqualTo(date(2026, 5, 20));
    }
}
