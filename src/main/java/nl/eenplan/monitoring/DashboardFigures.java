package nl.eenplan.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * MON-2: the raw counts of a dashboard, read from monitoring's own tables only: the monthly counts
 * ({@code monitoring_month}, {@code monitoring_round_table_month}, {@code monitoring_escalation_month},
 * {@code monitoring_caseload}; ADR 0040) that the database keeps equal to the facts, each an index range of
 * one municipality (or the region's) or one organisation over the period's months. Suppression is applied
 * by {@link Dashboards}; nothing here leaves the module.
 */
@Repository
class DashboardFigures {

    /** The counts of {@code monitoring_month}, in the order of its columns. */
    static final List<String> PLAN_COUNTS = List.of(
            "started",
            "coordinated",
            "family_group",
            "self_direction",
            "simple",
            "complex",
            "established",
            "closed",
            "written_asked",
            "written_in_time",
            "decided",
            "established_in_time");

    private final JdbcClient jdbc;

    DashboardFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts of the plans of the scope over the period; keys as {@link #PLAN_COUNTS}. */
    Map<String, Long> plans(DashboardScope scope, Period period) {
        var sums = PLAN_COUNTS.stream().map(c -> "coalesce(sum(" + c + "), 0)").toList();
        var counts = new LinkedHashMap<String, Long>();
        query(
                        scope,
                        period,
                        "select " + String.join(", ", sums)
                                + " from monitoring_month where %s and month >= :fromDay and month < :toDay")
                .query(rs -> {
                    for (int i = 0; i < PLAN_COUNTS.size(); i++) {
                        counts.put(PLAN_COUNTS.get(i), rs.getLong(i + 1));
                    }
                });
        return counts;
    }

    /** plans started in the period by the coordinator's organisation (null: the household itself). */
    Map<UUID, Long> byOrganisation(DashboardScope scope, Period period) {
        var counts = new LinkedHashMap<UUID, Long>();
        query(scope, period, """
                        select organisation_id, sum(coordinated) from monitoring_month
                        where %s and month >= :fromDay and month < :toDay
                        group by organisation_id having sum(coordinated) > 0 order by sum(coordinated) desc
                        """)
                .query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list();
        return counts;
    }

    /** M-3: round tables held in the period, within their window and not. */
    long[] roundTables(DashboardScope scope, Period period) {
        return query(scope, period, """
                        select coalesce(sum(within_window), 0), coalesce(sum(outside_window), 0)
                        from monitoring_round_table_month where %s and month >= :fromDay and month < :toDay
                        """)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    /** E-1..E-4: escalations started in the period by the highest step: [step, count, ended, summed days]. */
    List<long[]> escalations(DashboardScope scope, Period period) {
        return query(scope, period, """
                        select step, sum(started), sum(ended), sum(days) from monitoring_escalation_month
                        where %s and month >= :fromDay and month < :toDay
                        group by step having sum(started) <> 0 order by step
                        """)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .list();
    }

    /**
     * The number of households each professional coordinator (by account, never shown) coordinates at the end
     * of the period, one entry each: the present number less the changes from the period's end on.
     */
    List<Long> caseloads(DashboardScope scope, Period period) {
        return query(scope, period, """
                        select sum(households) from (
                          select coordinator_account_id, households from monitoring_caseload where %1$s
                          union all
                          select coordinator_account_id, -change from monitoring_caseload_month
                          where %1$s and month >= :toDay) c
                        group by coordinator_account_id having sum(households) > 0
                        """).query(Long.class).list();
    }

    /** Per month: plans started, plans established, round tables held, escalations started. */
    Map<YearMonth, long[]> trend(DashboardScope scope, Period period) {
        var months = new LinkedHashMap<YearMonth, long[]>();
        period.months().forEach(m -> months.put(m, new long[4]));
        monthly(scope, period, "select month, sum(started), sum(established) from monitoring_month", months, 0, 1);
        monthly(scope, period, "select month, sum(held) from monitoring_round_table_month", months, 2);
        monthly(scope, period, "select month, sum(started) from monitoring_escalation_month", months, 3);
        return months;
    }

    private void monthly(
            DashboardScope scope, Period period, String select, Map<YearMonth, long[]> into, int... indexes) {
        query(scope, period, select + " where %s and month >= :fromDay and month < :toDay group by month")
                .query((rs, n) -> {
                    var row = into.get(YearMonth.from(rs.getObject(1, LocalDate.class)));
                    if (row != null) {
                        for (int i = 0; i < indexes.length; i++) {
                            row[indexes[i]] = rs.getLong(i + 2);
                        }
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
                .param("fromDay", period.firstDay())
                .param("toDay", period.endDay());
    }
}
