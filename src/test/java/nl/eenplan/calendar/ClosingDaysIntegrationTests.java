package nl.eenplan.calendar;

import static nl.eenplan.calendar.WorkingDaysTests.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Closing days per municipality live in table closing_day and change the municipality's working days. */
class ClosingDaysIntegrationTests extends EenPlanTest {

    @Autowired
    MunicipalClosingDays closingDays;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    OrganisationDirectory organisations;

    private UUID municipality;

    @BeforeEach
    void municipality() {
        municipality = organisations
                .found("Gemeente " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY, null)
                .id();
    }

    @Test
    @DisplayName("X-4: a bridge day on Friday 15 May 2026 is no working day for that municipality only")
    void aClosingDayIsNoWorkingDayForItsMunicipality() {
        closingDays.close(new ClosingDay(municipality, date(2026, 5, 15), "Brugdag na Hemelvaart"));

        assertThat(workingDays.isWorkingDay(municipality, date(2026, 5, 15))).isFalse();
        assertThat(workingDays.isWorkingDay(date(2026, 5, 15))).isTrue();
        assertThat(workingDays.addWorkingDays(municipality, date(2026, 5, 13), 1))
                .isEqualTo(date(2026, 5, 18));
        assertThat(workingDays.addWorkingDays(date(2026, 5, 13), 1)).isEqualTo(date(2026, 5, 15));
    }

    @Test
    void closingADayAgainReplacesTheReason() {
        closingDays.close(new ClosingDay(municipality, date(2026, 2, 16), "Carnaval"));
        closingDays.close(new ClosingDay(municipality, date(2026, 2, 16), " Carnavalsmaandag "));

        assertThat(closingDays.of(municipality, 2026))
                .containsExactly(new ClosingDay(municipality, date(2026, 2, 16), "Carnavalsmaandag"));
        assertThat(closingDays.of(municipality, 2027)).isEmpty();
    }

    @Test
    void reopeningMakesItAWorkingDayAgain() {
        closingDays.close(new ClosingDay(municipality, date(2026, 12, 24), "Kerstavond"));

        assertThat(closingDays.reopen(municipality, date(2026, 12, 24))).isTrue();
        assertThat(closingDays.reopen(municipality, date(2026, 12, 24))).isFalse();
        assertThat(workingDays.addWorkingDays(municipality, date(2026, 12, 23), 5))
                .isEqualTo(date(2026, 12, 31));
    }

    @Test
    void aClosingDayNeedsAReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClosingDay(municipality, date(2026, 12, 24), "  "));
    }

    @Test
    @DisplayName("X-4: the application runs EenPlan's default holiday policy")
    void runsTheDefaultHolidayPolicy() {
        assertThat(workingDays.policy()).isEqualTo(HolidayPolicy.DEFAULT);
    }
}
