package nl.eenplan.monitoring.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.eenplan.monitoring.Cell;
import nl.eenplan.monitoring.Dashboard;

/**
 * MON-1, MON-2: a dashboard in the API: its scope and period, and per indicator the columns and rows with
 * their figures. A suppressed figure has no value and {@code suppressed: true}; shares are fractions
 * (0.5 is half).
 */
record DashboardResource(ScopeResource scope, String from, String to, List<TableResource> indicators) {

    /** A dashboard one may see: {@code kind} is municipality, region or organisation. */
    record ScopeResource(String kind, UUID id, String name) {}

    /** One indicator (its key, title and caption), its column titles and rows. */
    record TableResource(String key, String title, String caption, List<String> columns, List<RowResource> rows) {}

    /** A row: its label, whether it is a total, and one figure per column. */
    record RowResource(String label, boolean total, List<FigureResource> figures) {}

    /** A figure: count, percent (a fraction), days or text; no value when suppressed or unknown. */
    record FigureResource(String kind, Double value, boolean suppressed, String text) {}

    static ScopeResource scope(nl.eenplan.monitoring.DashboardScope scope) {
        return new ScopeResource(scope.kind().parameter(), scope.id(), scope.name());
    }

    static DashboardResource of(Dashboard dashboard, FigureTexts texts, Locale locale) {
        var tables = dashboard.tables().stream()
                .map(t -> new TableResource(
                        t.key(),
                        texts.message("monitoring.table." + t.key(), locale),
                        texts.message("monitoring.table." + t.key() + ".caption", locale),
                        t.columnKeys().stream()
                                .map(k -> texts.message(k, locale))
                                .toList(),
                        t.rows().stream()
                                .map(r -> new RowResource(
                                        texts.label(r, locale),
                                        r.total(),
                                        r.cells().stream()
                                                .map(DashboardResource::figure)
                                                .toList()))
                                .toList()))
                .toList();
        return new DashboardResource(
                scope(dashboard.scope()),
                dashboard.period().from().toString(),
                dashboard.period().to().toString(),
                tables);
    }

    private static FigureResource figure(Cell cell) {
        return new FigureResource(
                cell.kind().name().toLowerCase(Locale.ROOT),
                cell.suppressed() ? null : cell.value(),
                cell.suppressed(),
                cell.text());
    }
}
