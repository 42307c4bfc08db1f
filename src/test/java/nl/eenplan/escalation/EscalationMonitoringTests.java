package nl.eenplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import nl.eenplan.monitoring.PlanMonitoring;
import nl.eenplan.participation.CoordinationForm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * MON-1: monitoring's read model follows coordination, consent and escalation through their events
 * only. Its listeners run after the change committed, on their own thread, so the tests wait.
 */
class EscalationMonitoringTests extends EscalationTest {

    @Autowired
    PlanMonitoring monitoring;

    @Test
    @DisplayName("MON-1, R-3, C-2: the coordinator, the form of coordination and the consents given are known")
    void coordinationAndConsentAreKnown() {
        var hannaInTeam = participant(hanna).id();
        eventually(() -> {
            var facts = monitoring.ofHousehold(household).orElseThrow();
            assertThat(facts.coordinatorId()).isEqualTo(hannaInTeam);
            assertThat(facts.coordinationForm()).isEqualTo(CoordinationForm.CASE_COORDINATION);
            assertThat(facts.consentsInForce()).isPositive();
            assertThat(facts.consentsWithdrawn()).isZero();
            assertThat(facts.openEscalations()).isZero();
        });
    }

    @Test
    @DisplayName(
            "MON-1, MON-2, E-1..E-4: escalations are counted by their step while open, and as ended once handed back")
    void escalationsFollowTheLadder() {
        var e = noCommitmentAndUp(petersEscalation(), hanna, hanna);

        eventually(() -> {
            var open = monitoring.ofHousehold(household).orElseThrow();
            assertThat(open.municipalityId()).isEqualTo(municipality.id());
            assertThat(open.openEscalations()).isEqualTo(1);
            assertThat(open.highestOpenStep()).isEqualTo(2);
            assertThat(monitoring.openEscalationsByStep(municipality.id())).isEqualTo(Map.of(2, 1));
        });

        progress.recordOutcome(household, e.id(), hanna.id(), e.version(), Ladders.commitment(), TODAY);
        deEscalation.deEscalate(household, e.id(), hanna.id(), found(e.id()).version(), TODAY);

        eventually(() -> {
            var ended = monitoring.ofHousehold(household).orElseThrow();
            assertThat(ended.openEscalations()).isZero();
            assertThat(ended.endedEscalations()).isEqualTo(1);
            assertThat(monitoring.openEscalationsByStep(municipality.id())).isEmpty();
        });
    }

    private static void eventually(Runnable facts) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(facts::run);
    }
}
