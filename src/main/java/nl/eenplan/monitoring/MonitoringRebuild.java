package nl.eenplan.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MON-1: builds monitoring's read model again from scratch, from the read contracts the owning modules
 * publish for it ({@code plan_monitoring_v}, {@code coordination_monitoring_v}, {@code
 * escalation_monitoring_v}, {@code round_table_monitoring_v}, {@code consent_monitoring_v} and {@code
 * household_municipality_v}), set-based in one transaction: the dashboards see the old facts until the
 * new ones commit. The monthly counts follow the facts put back (ADR 0040). The events keep it current afterwards; run at start with {@code
 * eenplan.monitoring.rebuild=true} ({@link MonitoringRebuildAtStart}). Regions are kept. The facts keep the
 * time of what they hold (MON-1): the coordination its last change ({@code coordinated_since}, the time of
 * its last events), tab 1 the rebuild's moment, so an older event still to be delivered changes neither.
 */
@Service
public class MonitoringRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringRebuild.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    MonitoringRebuild(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Rebuilds every fact; returns how long it took. */
    @Transactional
    public Duration rebuild() {
        // How long it took is measured, not a moment in time: the monotonic clock, not the Clock.
        var start = System.nanoTime();
        // The application's database role may delete, not truncate. The monthly counts (ADR 0040) are not
        // taken away fact by fact while the facts go, but emptied; the facts put back count again.
        jdbc.sql("select set_config('eenplan.monitoring_counting', 'off', true)")
                .query(String.class)
                .single();
        for (var table : List.of(
                "monitoring_plan_fact",
                "monitoring_escalation_fact",
                "monitoring_round_table_fact",
                "monitoring_consent_fact",
                "monitoring_month",
                "monitoring_round_table_month",
                "monitoring_escalation_month",
                "monitoring_caseload",
                "monitoring_caseload_month")) {
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("select set_config('eenplan.monitoring_counting', 'on', true)")
                .query(String.class)
                .single();
        jdbc.sql("""
                        insert into monitoring_plan_fact (household_id, municipality_id, coordinator_id,
                          coordinator_account_id, organisation_id, coordination_form, coordination_complex,
                          coordinated_since, plan_id, plan_started_at, plan_established_at, plan_closed_at,
                          family_group_plan, written_plan_requested_on, no_family_group_plan_on, coordination_at,
                          tab1_at, updated_at)
                        select m.household_id, m.municipality_id, c.coordinator_id, c.coordinator_account_id,
                          c.organisation_id, c.form, coalesce(c.complex, false), c.coordinated_since, p.plan_id,
                          p.started_at, p.established_at, p.closed_at, coalesce(p.family_group_plan, false),
                          p.written_plan_requested_on, p.no_family_group_plan_on, c.coordinated_since,
                          case when p.plan_id is not null then cast(:now as timestamptz) end, :now
                        from household_municipality_v m
                        left join coordination_monitoring_v c on c.household_id = m.household_id
                        left join plan_monitoring_v p on p.household_id = m.household_id
                        where c.household_id is not null or p.household_id is not null
                        """).param("now", java.sql.Timestamp.from(clock.instant())).update();
        jdbc.sql("""
                insert into monitoring_escalation_fact (escalation_id, household_id, municipality_id, step, started_on,
                  step_since, ended_on, organisation_id)
                select e.escalation_id, e.household_id, e.municipality_id, e.step, e.started_on, e.started_on,
                  e.ended_on, p.organisation_id
                from escalation_monitoring_v e left join monitoring_plan_fact p on p.household_id = e.household_id
                """).update();
        jdbc.sql("""
                insert into monitoring_round_table_fact (round_table_id, household_id, initiated_on, window_latest,
                  held_on, held_within_window, cancelled, municipality_id, organisation_id)
                select r.round_table_id, r.household_id, r.initiated_on, r.window_latest, r.held_on,
                  r.held_within_window, r.cancelled, p.municipality_id, p.organisation_id
                from round_table_monitoring_v r left join monitoring_plan_fact p on p.household_id = r.household_id
                """).update();
        jdbc.sql("""
                insert into monitoring_consent_fact (consent_id, household_id, given_at, withdrawn_at)
                select consent_id, household_id, given_at, withdrawn_at from consent_monitoring_v
                """).update();
        var took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("Monitoring's read model was rebuilt from scratch in {} ms", took.toMillis());
        return took;
    }
}
