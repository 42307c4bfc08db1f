package nl.eenplan.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.monitoring.FigureTable.Chart;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MON-1, MON-2: the dashboard of a municipality, region or organisation over a period, from
 * monitoring's read model only, every count under 5 suppressed ({@link Suppression}). Pages, exports and
 * the API all show this one result.
 */
@Service
public class Dashboards {

    private static final List<String> COUNT_SHARE = List.of("monitoring.column.count", "monitoring.column.share");

    private final DashboardFigures figures;
    private final OrganisationDirectory organisations;

    Dashboards(DashboardFigures figures, OrganisationDirectory organisations) {
        this.figures = figures;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public Dashboard of(DashboardScope scope, Period period) {
        var plans = figures.plans(scope, period);
        var tables = new ArrayList<FigureTable>();
        tables.add(new FigureTable(
                "plans",
                Chart.BAR,
                List.of("monitoring.column.count"),
                List.of(
                        FigureRow.of("monitoring.row.started", List.of(Suppression.count(plans.get("started")))),
                        FigureRow.of(
                                "monitoring.row.established", List.of(Suppression.count(plans.get("established")))),
                        FigureRow.of("monitoring.row.closed", List.of(Suppression.count(plans.get("closed")))))));
        var started = plans.get("started");
        var familyGroup = plans.get("family_group");
        tables.add(shares(
                "familyGroup",
                List.of("monitoring.row.familyGroup", "monitoring.row.noFamilyGroup"),
                List.of(familyGroup, started - familyGroup),
                started));
        var self = plans.get("self_direction");
        var simple = plans.get("simple");
        var complex = plans.get("complex");
        tables.add(shares(
                "forms",
                List.of("monitoring.row.selfDirection", "monitoring.row.simple", "monitoring.row.complex"),
                List.of(self, simple, complex),
                self + simple + complex));
        tables.add(organisations(scope, period));
        var held = figures.roundTables(scope, period);
        tables.add(shares(
                "roundTables",
                List.of("monitoring.row.withinWindow", "monitoring.row.outsideWindow"),
                List.of(held[0], held[1]),
                held[0] + held[1]));
        var asked = plans.get("written_asked");
        tables.add(shares(
                "written",
                List.of("monitoring.row.inTime", "monitoring.row.lateOrNotYet"),
                List.of(plans.get("written_in_time"), asked - plans.get("written_in_time")),
                asked));
        var decided = plans.get("decided");
        tables.add(shares(
                "established",
                List.of("monitoring.row.inTime", "monitoring.row.lateOrNotYet"),
                List.of(plans.get("established_in_time"), decided - plans.get("established_in_time")),
                decided));
        tables.add(DashboardTables.escalations(figures.escalations(scope, period)));
        tables.add(DashboardTables.caseload(figures.caseloads(scope, period)));
        tables.add(DashboardTables.trend(figures.trend(scope, period)));
        return new Dashboard(scope, period, tables);
    }

    private FigureTable organisations(DashboardScope scope, Period period) {
        var counts = figures.byOrganisation(scope, period);
        var names = new ArrayList<String>();
        var parts = new ArrayList<Long>();
        for (Map.Entry<UUID, Long> entry : counts.entrySet()) {
            names.add(
                    entry.getKey() == null
                            ? null
                            : organisations
                                    .find(entry.getKey())
                                    .map(Organisation::name)
                                    .orElse("?"));
            parts.add(entry.getValue());
        }
        var cells = Suppression.parts(
                parts, parts.stream().mapToLong(Long::longValue).sum());
        var rows = new ArrayList<FigureRow>();
        for (int i = 0; i < parts.size(); i++) {
            var share = Suppression.share(cells.get(i), cells.getLast());
            rows.add(
                    names.get(i) == null
                            ? FigureRow.of("monitoring.row.household", List.of(cells.get(i), share))
                            : FigureRow.named(names.get(i), List.of(cells.get(i), share)));
        }
        rows.add(FigureRow.totalOf(List.of(cells.getLast(), Suppression.share(cells.getLast(), cells.getLast()))));
        return new FigureTable("organisations", Chart.BAR, COUNT_SHARE, rows);
    }

    /** Parts of a total with each one's share, suppressed together. */
    static FigureTable shares(String key, List<String> labels, List<Long> parts, long total) {
        var cells = Suppression.parts(parts, total);
        var rows = new ArrayList<FigureRow>();
        for (int i = 0; i < parts.size(); i++) {
            rows.add(FigureRow.of(
                    labels.get(i), List.of(cells.get(i), Suppression.share(cells.get(i), cells.getLast()))));
        }
        rows.add(FigureRow.totalOf(List.of(cells.getLast(), Suppression.share(cells.getLast(), cells.getLast()))));
        return new FigureTable(key, Chart.BAR, COUNT_SHARE, rows);
    }
}
