package nl.eenplan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * MON-2, ADR 0040: the dashboards read monthly counts that the database keeps from monitoring's facts.
 * Whatever happens to the facts (written, changed, erased), every figure of every kind of dashboard and
 * period equals the figure counted straight from the facts, as the dashboards counted before.
 */
class MonthlyCountsTests extends EenPlanTest {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DashboardFigures figures;

    @Autowired
    MonitoringErasure erasure;

    private final Random random = new Random(40);

    private FactCounts facts;

    @Test
    @DisplayName("MON-2: pre-aggregated monthly figures equal the figures counted from the facts")
    void monthlyCountsEqualTheFacts() {
        facts = new FactCounts(jdbc);
        var municipalities = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        var organisations = new ArrayList<UUID>(List.of(UUID.randomUUID(), UUID.randomUUID()));
        organisations.add(null);
        var accounts = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        var households = new ArrayList<UUID>();
        for (int i = 0; i < 400; i++) {
            var household = UUID.randomUUID();
            households.add(household);
            plan(household, pick(municipalities), pick(organisations), pick(accounts));
            if (random.nextInt(3) == 0) {
                roundTable(household, pick(municipalities), pick(organisations));
            }
            if (random.nextInt(4) == 0) {
                escalation(household, pick(municipalities), pick(organisations));
            }
        }
        var scopes = List.of(
                new DashboardScope(
                        DashboardScope.Kind.MUNICIPALITY, municipalities.get(0), "a", municipalities.subList(0, 1)),
                new DashboardScope(DashboardScope.Kind.REGION, UUID.randomUUID(), "r", municipalities.subList(0, 2)),
                new DashboardScope(DashboardScope.Kind.ORGANISATION, organisations.get(0), "o", List.of()));
        var now = YearMonth.now(DUTCH);
        var periods = List.of(
                new Period(now.minusMonths(11), now),
                new Period(now.minusMonths(59), now),
                new Period(now.minusMonths(20), now.minusMonths(9)),
                new Period(now.minusMonths(3), now.minusMonths(3)));
        assertEqual(scopes, periods);

        // Changed facts: a later closing, another organisation, an escalation raised and ended, a round
        // table cancelled; and erased households.
        for (int i = 0; i < 120; i++) {
            var household = pick(households);
            jdbc.sql("""
                            update monitoring_plan_fact set organisation_id = ?, plan_closed_at = ?, family_group_plan = ?
                            where household_id = ?
                            """)
                    .params(
                            pick(organisations),
                            random.nextBoolean() ? null : time(moment()),
                            random.nextBoolean(),
                            household)
                    .update();
        }
        jdbc.sql("update monitoring_escalation_fact set step = least(step + 1, 4), ended_on = started_on + 30"
                        + " where municipality_id = ?")
                .param(municipalities.get(0))
                .update();
        jdbc.sql("update monitoring_round_table_fact set cancelled = true where organisation_id = ?")
                .param(organisations.get(0))
                .update();
        for (int i = 0; i < 40; i++) {
            erasure.erase(households.get(i));
        }
        assertEqual(scopes, periods);
    }

    private void assertEqual(List<DashboardScope> scopes, List<Period> periods) {
        for (var scope : scopes) {
            for (var period : periods) {
                var what = scope.kind() + " " + period;
                var plans = new java.util.LinkedHashMap<>(figures.plans(scope, period));
                plans.remove("coordinated"); // only for byOrganisation, compared below
                assertThat(plans).as(what).isEqualTo(facts.plans(scope, period));
                assertThat(figures.byOrganisation(scope, period))
                        .as(what)
                        .containsExactlyInAnyOrderEntriesOf(facts.byOrganisation(scope, period));
                assertThat(figures.roundTables(scope, period)).as(what).isEqualTo(facts.roundTables(scope, period));
                assertThat(figures.escalations(scope, period))
                        .as(what)
                        .usingRecursiveComparison()
                        .isEqualTo(facts.escalations(scope, period));
                assertThat(figures.caseloads(scope, period))
                        .as(what)
                        .containsExactlyInAnyOrderElementsOf(facts.caseloads(scope, period));
                assertThat(figures.trend(scope, period))
                        .as(what)
                        .usingRecursiveComparison()
                        .isEqualTo(facts.trend(scope, period));
            }
        }
    }

    private void plan(UUID household, UUID municipality, UUID organisation, UUID account) {
        var started = moment();
        var established = random.nextInt(4) == 0 ? null : started.plusDays(random.nextInt(60));
        var closed = random.nextInt(3) == 0 ? started.plusDays(random.nextInt(400)) : null;
        var coordinated = random.nextInt(5) > 0;
        jdbc.sql("""
                        insert into monitoring_plan_fact (household_id, municipality_id, coordinator_id,
                          coordinator_account_id, organisation_id, coordination_form, coordination_complex, plan_id,
                          plan_started_at, plan_established_at, plan_closed_at, family_group_plan,
                          written_plan_requested_on, no_family_group_plan_on, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                        """)
                .params(
                        household,
                        municipality,
                        coordinated ? UUID.randomUUID() : null,
                        coordinated && random.nextBoolean() ? account : null,
                        organisation,
                        pick(new ArrayList<>(java.util.Arrays.asList("SELF_DIRECTION", "CASE_COORDINATION", null))),
                        random.nextBoolean(),
                        UUID.randomUUID(),
                        random.nextInt(20) == 0 ? null : time(started),
                        established == null ? null : time(established),
                        closed == null ? null : time(closed),
                        random.nextBoolean(),
                        random.nextBoolean() ? null : started.toLocalDate().plusDays(random.nextInt(5)),
                        random.nextBoolean() ? null : started.toLocalDate().plusDays(random.nextInt(20)))
                .update();
    }

    private void roundTable(UUID household, UUID municipality, UUID organisation) {
        var initiated = moment().toLocalDate();
        var held = random.nextInt(4) == 0 ? null : initiated.plusDays(5 + random.nextInt(30));
        jdbc.sql("""
                        insert into monitoring_round_table_fact (round_table_id, household_id, initiated_on, window_latest,
                          held_on, held_within_window, cancelled, municipality_id, organisation_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        household,
                        initiated,
                        initiated.plusDays(21),
                        held,
                        held == null ? null : held.isBefore(initiated.plusDays(22)),
                        random.nextInt(8) == 0,
                        municipality,
                        organisation)
                .update();
    }

    private void escalation(UUID household, UUID municipality, UUID organisation) {
        var started = moment().toLocalDate();
        jdbc.sql("""
                        insert into monitoring_escalation_fact (escalation_id, household_id, municipality_id, step,
                          started_on, step_since, ended_on, organisation_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        household,
                        municipality,
                        1 + random.nextInt(4),
                        started,
                        started,
                        random.nextBoolean() ? null : started.plusDays(random.nextInt(90)),
                        organisation)
                .update();
    }

    /** A moment in the last five years and a bit, often near the first of a month (Dutch time). */
    private ZonedDateTime moment() {
        var month = YearMonth.now(DUTCH).minusMonths(random.nextInt(64));
        var day = random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(month.lengthOfMonth());
        return month.atDay(day).atStartOfDay(DUTCH).plusMinutes(random.nextInt(3) == 0 ? 0 : random.nextInt(1440));
    }

    private static Timestamp time(ZonedDateTime moment) {
        return Timestamp.from(moment.toInstant());
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
