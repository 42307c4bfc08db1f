package nl.eenplan.monitoring;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * MON-2: the figures of a dashboard counted straight from monitoring's facts, as the dashboards counted
 * them before the monthly counts of ADR 0040: what {@link MonthlyCountsTests} compares them with.
 */
class FactCounts {

    private final JdbcClient jdbc;

    FactCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts of the plans of the scope; keys are the column names of the query. */
    Map<String, Long> plans(DashboardScope scope, Period period) {
        var counts = new LinkedHashMap<String, Long>();
        query(scope, period, """
                        select
                          count(*) filter (where plan_started_at >= :from and plan_started_at < :to) as started,
                          count(*) filter (where plan_established_at >= :from and plan_established_at < :to)
                            as established,
                          count(*) filter (where plan_closed_at >= :from and plan_closed_at < :to) as closed,
                          count(*) filter (where plan_started_at >= :from and plan_started_at < :to
                            and family_group_plan) as family_group,
                          count(*) filter (where plan_started_at >= :from and plan_started_at < :to
                            and coordination_form = 'SELF_DIRECTION') as self_direction,
                          count(*) filter (where plan_started_at >= :from and plan_started_at < :to
                            and coordination_form = 'CASE_COORDINATION' and not coordination_complex) as simple,
                          count(*) filter (where plan_started_at >= :from and plan_started_at < :to
                            and coordination_form = 'CASE_COORDINATION' and coordination_complex) as complex,
                          count(*) filter (where written_plan_requested_on >= :fromDay
                            and written_plan_requested_on < :toDay) as written_asked,
                          count(*) filter (where written_plan_requested_on >= :fromDay
                            and written_plan_requested_on < :toDay
                            and cast(plan_established_at at time zone 'Europe/Amsterdam' as date)
                              <= written_plan_requested_on + 14) as written_in_time,
                          count(*) filter (where no_family_group_plan_on >= :fromDay and no_family_group_plan_on < :toDay)
                            as decided,
                          count(*) filter (where no_family_group_plan_on >= :fromDay and no_family_group_plan_on < :toDay
                            and cast(plan_established_at at time zone 'Europe/Amsterdam' as date)
                              <= no_family_group_plan_on + 42) as established_in_time
                        from monitoring_plan_fact where %s
                        """).query(rs -> {
            var meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                counts.put(meta.getColumnLabel(i), rs.getLong(i));
            }
        });
        return counts;
    }

    /** plans started in the period by the coordinator's organisation (null: the household itself). */
    Map<UUID, Long> byOrganisation(DashboardScope scope, Period period) {
        var counts = new LinkedHashMap<UUID, Long>();
        query(scope, period, """
                        select organisation_id, count(*) from monitoring_plan_fact
                        where %s and plan_started_at >= :from and plan_started_at < :to and coordinator_id is not null
                        group by organisation_id order by count(*) desc
                        """)
                .query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list();
        return counts;
    }

    /** M-3: round tables held in the period, within their window and not. */
    long[] roundTables(DashboardScope scope, Period period) {
        return query(scope, period, """
                        select count(*) filter (where held_within_window), count(*) filter (where not held_within_window)
                        from monitoring_round_table_fact
                        where %s and held_on >= :fromDay and held_on < :toDay and not cancelled
                        """)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    /** E-1..E-4: escalations started in the period by the highest step: [step, count, ended, summed days]. */
    List<long[]> escalations(DashboardScope scope, Period period) {
        return query(scope, period, """
                        select step, count(*), count(ended_on), coalesce(sum(ended_on - started_on), 0)
                        from monitoring_escalation_fact
                        where %s and started_on >= :fromDay and started_on < :toDay group by step order by step
                        """)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .list();
    }

    /**
     * The number of households each professional coordinator (by account, never shown) coordinates at the end
     * of the period, one entry each.
     */
    List<Long> caseloads(DashboardScope scope, Period period) {
        return query(scope, period, """
                        select count(*) from monitoring_plan_fact
                        where %s and coordinator_account_id is not null and organisation_id is not null
                          and plan_started_at < :to and (plan_closed_at is null or plan_closed_at >= :to)
                        group by coordinator_account_id
                        """).query(Long.class).list();
    }

    /** Per month: plans started, plans established, round tables held, escalations started. */
    Map<YearMonth, long[]> trend(DashboardScope scope, Period period) {
        var months = new LinkedHashMap<YearMonth, long[]>();
        period.months().forEach(m -> months.put(m, new long[4]));
        monthly(scope, period, 0, "monitoring_plan_fact", "plan_started_at at time zone 'Europe/Amsterdam'", months);
        monthly(
                scope,
                period,
                1,
                "monitoring_plan_fact",
                "plan_established_at at time zone 'Europe/Amsterdam'",
                months);
        monthly(scope, period, 2, "monitoring_round_table_fact", "held_on", months);
        monthly(scope, period, 3, "monitoring_escalation_fact", "started_on", months);
        return months;
    }

    private void monthly(
            DashboardScope scope, Period period, int index, String table, String moment, Map<YearMonth, long[]> into) {
        var sql = "select to_char(" + moment + ", 'YYYY-MM'), count(*) from " + table + " where %s and " + moment
                + " >= :fromLocal and " + moment + " < :toLocal group by 1";
        query(scope, period, sql)
                .query((rs, n) -> {
                    var row = into.get(YearMonth.parse(rs.getString(1)));
                    if (row != null) {
                        row[index] = rs.getLong(2);
                    }
                    return null;
                })
                .list();
    }

    private JdbcClient.StatementSpec query(DashboardScope scope, Period period, String sql) {
        var column = scope.kind() == DashboardScope.Kind.ORGANISATION ? "organisation_id" : "municipality_id";
        List<UUID> ids = new ArrayList<>(
                scope.kind() == DashboardScope.Kind.ORGANISATION ? List.of(scope.id()) : scope.municipalities());
        if (ids.isEmpty()) {
            ids.add(new UUID(0, 0));
        }
        return jdbc.sql(sql.formatted(column + " in (:scope)"))
                .param("scope", ids)
                .param("from", Timestamp.from(period.start()))
                .param("to", Timestamp.from(period.end()))
                .param("fromDay", period.firstDay())
                .param("toDay", period.endDay())
                .param("fromLocal", period.firstDay().atStartOfDay())
                .param("toLocal", period.endDay().atStartOfDay());
    }
}
