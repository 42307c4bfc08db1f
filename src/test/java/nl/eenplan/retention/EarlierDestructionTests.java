package nl.eenplan.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * earlier destruction on request of a youth of 12 or older or a parent with parental authority,
 * decided by the coordinator with reasons. The family: Sanne (mother, with authority over both
 * children), Lisa (12 today), Noah (10) and grandpa Kees, who lives with them; Hanna coordinates.
 */
class EarlierDestructionTests extends DestructionFamily {

    @Test
    @DisplayName(
            "X-6, H-4: Lisa, 12, asks for earlier destruction; once the plan is closed the coordinator grants it with reasons and the file is destroyed")
    void aTwelveYearOldsRequestGranted() {
        var request = requests.request(household, lisa, "Ik wil niet dat dit bewaard blijft");
        assertThat(requests.of(household, hanna)).singleElement().satisfies(r -> {
            assertThat(r.entitlement()).isEqualTo("YOUTH");
            assertThat(r.decided()).isFalse();
        });
        assertRefused(
                () -> requests.decide(household, request, hanna, 0, true, "Geen bezwaar"),
                "retention.decide.closePlanFirst");

        closePlan();
        requests.decide(household, request, hanna, 0, true, "Geen belang van anderen bij bewaren");

        var record = records.of(household).orElseThrow();
        assertThat(record.basis()).isEqualTo(DestructionBasis.REQUEST_GRANTED);
        assertThat(record.requestedOn()).isEqualTo(LocalDate.now(DutchTime.ZONE));
        assertThat(record.decidedOn()).isEqualTo(LocalDate.now(DutchTime.ZONE));
        assertThat(record.rowCounts())
                .containsEntry("destruction_request", 1)
                .containsEntry("household_member", 4)
                .containsEntry("plan", 1);
        assertThat(households.find(household)).isEmpty();
        assertThat(count("select count(*) from destruction_request where household_id = ?"))
                .isZero();
        assertThat(count("select count(*) from participant where household_id = ?"))
                .isZero();
        assertThat(events("DESTRUCTION_REQUESTED", "DESTRUCTION_DECIDED", "HOUSEHOLD_DESTROYED"))
                .isEqualTo(3);
    }

    @Test
    @DisplayName(
            "X-6: the coordinator refuses Lisa's request, with reasons; the file stays and the refusal is recorded")
    void aTwelveYearOldsRequestRefused() {
        closePlan();
        var request = requests.request(household, lisa, "Weg ermee");
        requests.decide(household, request, hanna, 0, false, "Noah heeft het dossier nog nodig");

        assertThat(requests.of(household, hanna)).singleElement().satisfies(r -> {
            assertThat(r.decision()).isEqualTo("REFUSED");
            assertThat(r.decisionReasons()).isEqualTo("Noah heeft het dossier nog nodig");
            assertThat(r.decidedAt()).isNotNull();
        });
        assertThat(households.find(household)).isPresent();
        assertThat(records.of(household)).isEmpty();
        assertRefused(
                () -> requests.decide(household, request, hanna, 1, true, "Toch wel"),
                "retention.decide.alreadyDecided");
    }

    @Test
    @DisplayName(
            "X-6: Noah (10), grandpa Kees (no parental authority) and the professional may not ask; Sanne, a parent with authority, may")
    void whoMayAsk() {
        assertRefused(() -> requests.request(household, noah, "Weg"), "retention.request.notEntitled");
        assertRefused(() -> requests.request(household, kees, "Weg"), "retention.request.notEntitled");
        assertRefused(() -> requests.request(household, hanna, "Weg"), "retention.request.notEntitled");
        assertRefused(() -> requests.request(household, sanne, "  "), "retention.request.reasonsRequired");
        assertThat(count("select count(*) from destruction_request where household_id = ?"))
                .isZero();

        requests.request(household, sanne, "Wij willen opnieuw beginnen");
        assertThat(requests.of(household, hanna))
                .singleElement()
                .satisfies(r -> assertThat(r.entitlement()).isEqualTo("PARENT"));
    }

    @Test
    @DisplayName("X-6: only the coordinator decides: Sanne cannot grant her own request, nor another professional")
    void onlyTheCoordinatorDecides() {
        closePlan();
        var request = requests.request(household, sanne, "Wij willen opnieuw beginnen");
        var other = person("Piet Anders", AccountKind.STAFF);
        assertRefused(() -> requests.decide(household, request, sanne, 0, true, "Ja"), "retention.decide.notEntitled");
        assertRefused(() -> requests.decide(household, request, other, 0, true, "Ja"), "retention.decide.notEntitled");
        assertRefused(() -> requests.of(household, sanne), "retention.decide.notEntitled");
        assertRefused(
                () -> requests.decide(household, request, hanna, 0, true, " "), "retention.decide.reasonsRequired");
        assertThat(households.find(household)).isPresent();
    }

    private static void assertRefused(Runnable call, String reason) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        DestructionRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
