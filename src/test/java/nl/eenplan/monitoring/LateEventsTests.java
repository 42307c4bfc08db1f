package nl.eenplan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.participation.CoordinationChanged;
import nl.eenplan.participation.CoordinationDecided;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.plan.PlanEvent;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

/**
 * MON-1, MON-2, ADR 0005: an event the event publication registry delivers again late (the retry after ten
 * minutes, a restart), after a newer event of the same household, leaves the newer facts and the monthly
 * counts as they are. Each test feeds one household the newer event first and then the older one, as a
 * retry would, and another household the same events in the order they happened: both end the same. The
 * listener is called directly, on this thread, so the order is the test's.
 */
class LateEventsTests extends EenPlanTest {

    private static final Instant STARTED = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant OLDER = STARTED.plusSeconds(3_600);
    private static final Instant NEWER = OLDER.plusSeconds(3_600);

    @Autowired
    MonitoringFeed feed;

    @Autowired
    PlanMonitoring monitoring;

    @Autowired
    JdbcClient jdbc;

    private final UUID firstCoordinator = UUID.randomUUID();
    private final UUID secondCoordinator = UUID.randomUUID();
    private final UUID firstOrganisation = UUID.randomUUID();
    private final UUID secondOrganisation = UUID.randomUUID();

    @Test
    @DisplayName("MON-1, MON-2, R-3: a change of coordination delivered again late leaves the newer coordination")
    void lateCoordination() {
        var late = household();
        var inOrder = household();
        started(late);
        feed().on(decided(late, secondCoordinator, secondOrganisation, CoordinationForm.CASE_COORDINATION, NEWER));
        feed().on(new CoordinationChanged(
                late.id(), secondCoordinator, true, CoordinationForm.CASE_COORDINATION, NEWER));
        feed().on(decided(late, firstCoordinator, firstOrganisation, CoordinationForm.SELF_DIRECTION, OLDER));
        feed().on(new CoordinationChanged(late.id(), firstCoordinator, false, CoordinationForm.SELF_DIRECTION, OLDER));

        started(inOrder);
        feed().on(decided(inOrder, firstCoordinator, firstOrganisation, CoordinationForm.SELF_DIRECTION, OLDER));
        feed().on(new CoordinationChanged(
                inOrder.id(), firstCoordinator, false, CoordinationForm.SELF_DIRECTION, OLDER));
        feed().on(decided(inOrder, secondCoordinator, secondOrganisation, CoordinationForm.CASE_COORDINATION, NEWER));
        feed().on(new CoordinationChanged(
                inOrder.id(), secondCoordinator, true, CoordinationForm.CASE_COORDINATION, NEWER));

        var facts = monitoring.ofHousehold(late.id()).orElseThrow();
        assertThat(facts.coordinatorId()).isEqualTo(secondCoordinator);
        assertThat(facts.coordinationForm()).isEqualTo(CoordinationForm.CASE_COORDINATION);
        assertThat(fact(late)).isEqualTo(fact(inOrder)).containsEntry("organisation_id", secondOrganisation);
        assertThat(fact(late).get("coordination_at")).isEqualTo(java.sql.Timestamp.from(NEWER));
        assertThat(months(late)).isEqualTo(months(inOrder)).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("organisation_id", secondOrganisation);
            assertThat(m).containsEntry("started", 1L).containsEntry("coordinated", 1L);
            assertThat(m).containsEntry("complex", 1L).containsEntry("self_direction", 0L);
        });
    }

    @Test
    @DisplayName("MON-1, MON-2, PL-8, PL-10: tab 1 delivered again late leaves the newer family-group plan and dates")
    void lateTab1() {
        var late = household();
        var inOrder = household();
        var asked = LocalDate.of(2026, 11, 3);
        var decidedWithout = LocalDate.of(2026, 11, 4);
        for (var household : List.of(late, inOrder)) {
            started(household);
            feed().on(decided(household, firstCoordinator, firstOrganisation, CoordinationForm.SELF_DIRECTION, OLDER));
        }
        var older = tab1(late, true, null, null, OLDER);
        feed().on(tab1(late, false, asked, decidedWithout, NEWER));
        feed().on(older);
        // An event published before events carried their time has none: it changes a timed fact no more.
        feed().on(tab1(late, true, null, null, null));

        feed().on(tab1(inOrder, true, null, null, OLDER));
        feed().on(tab1(inOrder, false, asked, decidedWithout, NEWER));

        var fact = fact(late);
        assertThat(fact)
                .containsEntry("family_group_plan", false)
                .containsEntry("written_plan_requested_on", java.sql.Date.valueOf(asked))
                .containsEntry("no_family_group_plan_on", java.sql.Date.valueOf(decidedWithout))
                .containsEntry("tab1_at", java.sql.Timestamp.from(NEWER))
                .isEqualTo(fact(inOrder));
        assertThat(months(late))
                .isEqualTo(months(inOrder))
                .singleElement()
                .satisfies(m -> assertThat(m)
                        .containsEntry("family_group", 0L)
                        .containsEntry("written_asked", 1L)
                        .containsEntry("decided", 1L));
    }

    /** The listener itself, not its asynchronous proxy: the event is applied before the call returns. */
    private MonitoringFeed feed() {
        return AopTestUtils.getUltimateTargetObject(feed);
    }

    private record Household(UUID id, UUID planId, UUID municipalityId) {}

    private static Household household() {
        return new Household(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    }

    private void started(Household household) {
        feed().on(new PlanEvent.PlanStarted(household.planId(), household.id(), STARTED));
    }

    private CoordinationDecided decided(
            Household household, UUID coordinatorId, UUID organisationId, CoordinationForm form, Instant at) {
        return new CoordinationDecided(
                household.id(),
                household.municipalityId(),
                coordinatorId,
                coordinatorId,
                organisationId,
                form,
                form == CoordinationForm.CASE_COORDINATION,
                at);
    }

    private static PlanEvent.Tab1Updated tab1(
            Household household, boolean familyGroupPlan, LocalDate asked, LocalDate decidedWithout, Instant at) {
        return new PlanEvent.Tab1Updated(
                household.planId(), household.id(), familyGroupPlan, asked, decidedWithout, at);
    }

    /** The household's plan fact without what tells households apart. */
    private Map<String, Object> fact(Household household) {
        var fact = new java.util.TreeMap<>(jdbc.sql("select * from monitoring_plan_fact where household_id = ?")
                .param(household.id())
                .query()
                .singleRow());
        fact.keySet().removeAll(List.of("household_id", "municipality_id", "plan_id"));
        return fact;
    }

    /** The monthly counts of the household's municipality, without the municipality. */
    private List<Map<String, Object>> months(Household household) {
        return jdbc.sql("""
                        select organisation_id, month, started, coordinated, family_group, self_direction, simple,
                          complex, established, closed, written_asked, written_in_time, decided, established_in_time
                        from monitoring_month where municipality_id = ?
                          and (started, coordinated, family_group, self_direction, simple, complex, established, closed,
                            written_asked, written_in_time, decided, established_in_time)
                            <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                        order by organisation_id, month
                        """).param(household.municipalityId()).query().listOfRows();
    }
}
