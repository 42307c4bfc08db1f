package nl.eenplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import nl.eenplan.monitoring.PlanMonitoring;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * MON-1: monitoring's read model follows the round tables through their events only. Its listeners
 * run after the change committed, on their own thread, so the test waits for the facts.
 */
class RoundTableMonitoringTests extends RoundTableTest {

    @Autowired
    PlanMonitoring monitoring;

    @Test
    @DisplayName("MON-1, M-3: a round table held shows in the household's facts, with whether it was within its window")
    void heldRoundTablesAreCounted() {
        var id = plannedRoundTable();
        eventually(() -> {
            var facts = monitoring.ofHousehold(household).orElseThrow();
            assertThat(facts.consentsInForce())
                    .as("the consents given for the team")
                    .isPositive();
            assertThat(facts.roundTablesHeld()).isZero();
        });

        var today = roundTables.today();
        minutes.recordMinutes(household, id, viewer(piet), find(id).version(), "Verslag", Set.of(), today);

        eventually(() -> {
            var facts = monitoring.ofHousehold(household).orElseThrow();
            assertThat(facts.roundTablesHeld()).isEqualTo(1);
            assertThat(facts.roundTablesHeldWithinWindow())
                    .as("held on the day of the initiative, before the window opens")
                    .isZero();
        });
    }

    private static void eventually(Runnable facts) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(facts::run);
    }
}
