package nl.eenplan.monitoring.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.eenplan.document.BarChart;
import nl.eenplan.document.LineChart;
import nl.eenplan.monitoring.Cell;
import nl.eenplan.monitoring.Dashboard;
import nl.eenplan.monitoring.FigureTable;
import org.springframework.stereotype.Component;

/**
 * Turns a dashboard into what the page shows: per indicator a chart and a table of the same figures.
 * Bars show the first column without its total; lines show every column over the months. Suppressed
 * figures get no bar and break the line.
 */
@Component
class DashboardViews {

    private final FigureTexts texts;

    DashboardViews(FigureTexts texts) {
        this.texts = texts;
    }

    List<TableView> of(Dashboard dashboard, Locale locale) {
        var views = new ArrayList<TableView>();
        for (var table : dashboard.tables()) {
            var title = texts.message("monitoring.table." + table.key(), locale);
            var caption = texts.message("monitoring.table." + table.key() + ".caption", locale);
            var headers = table.columnKeys().stream()
                    .map(k -> texts.message(k, locale))
                    .toList();
            var rows = table.rows().stream()
                    .map(r -> new TableView.RowView(
                            texts.label(r, locale),
                            r.cells().stream().map(c -> texts.text(c, locale)).toList(),
                            r.total()))
                    .toList();
            views.add(new TableView(
                    table.key(), title, caption, svg(table, title, caption, headers, locale), headers, rows));
        }
        return views;
    }

    private String svg(FigureTable table, String title, String caption, List<String> headers, Locale locale) {
        var id = "chart-" + table.key();
        if (table.chart() == FigureTable.Chart.LINE) {
            var points = table.rows().stream().map(r -> texts.label(r, locale)).toList();
            var series = new ArrayList<List<Double>>();
            for (int c = 0; c < headers.size(); c++) {
                var column = c;
                series.add(table.rows().stream()
                        .map(r -> value(r.cells().get(column)))
                        .toList());
            }
            return LineChart.svg(id, title, caption, points, headers, series);
        }
        var rows = table.rows().stream().filter(r -> !r.total()).toList();
        return BarChart.svg(
                id,
                title,
                caption,
                rows.stream().map(r -> texts.label(r, locale)).toList(),
                rows.stream().map(r -> value(r.cells().getFirst())).toList(),
                rows.stream().map(r -> texts.text(r.cells().getFirst(), locale)).toList());
    }

    private static Double value(Cell cell) {
        return cell.shown() ? cell.value() : null;
    }
}
