package nl.eenplan.monitoring.web;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.eenplan.document.LineChart;
import nl.eenplan.document.PdfDocuments;
import nl.eenplan.monitoring.Dashboard;
import nl.eenplan.monitoring.YearReport;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * MON-1, MON-2: a municipality's yearly evaluation report as PDF, through the one PDF path of EenPlan
 * ({@link PdfDocuments}): a cover, every indicator of the year as a chart with a table of the same figures
 * (suppressed as on the page, the year before in extra columns where it has figures), the trend per month,
 * and the findings. Charts carry their own colours, as the PDF has no style sheet for them.
 */
@Component
class YearReportPdf {

    /** Indicators whose rows differ from year to year (names, months): not compared. */
    private static final Set<String> NOT_COMPARED = Set.of("organisations", "trend");

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    private static final String CHART_STYLE = "<style>"
            + ".chart-label,.chart-value{font-size:13px;fill:#1a1a1a}.chart-bar{fill:#154273}"
            + ".chart-axis{stroke:#545454;stroke-width:1}.chart-line{fill:none;stroke-width:2.5}"
            + ".chart-line-0{stroke:#154273;fill:#154273}.chart-line-1{stroke:#a2461d;fill:#a2461d}"
            + ".chart-line-2{stroke:#2d6a2d;fill:#2d6a2d}.chart-line-3{stroke:#6b2d8a;fill:#6b2d8a}"
            + "path.chart-line{fill:none}.chart-key{stroke-width:0}</style>";

    private final DashboardViews views;
    private final FigureTexts texts;
    private final ITemplateEngine templates;
    private final PdfDocuments pdfs;

    YearReportPdf(DashboardViews views, FigureTexts texts, ITemplateEngine templates, PdfDocuments pdfs) {
        this.views = views;
        this.texts = texts;
        this.templates = templates;
        this.pdfs = pdfs;
    }

    byte[] render(YearReport report, Locale locale) {
        var html = templates.process(
                "monitoring/year-report-pdf",
                new Context(locale, Map.of("report", report, "tables", tables(report, locale))));
        return pdfs.render(html);
    }

    /** The year's tables, with the year before's figures as extra columns where it has any. */
    List<TableView> tables(YearReport report, Locale locale) {
        var current = views.of(report.figures(), locale);
        var previous = views.of(report.previous(), locale);
        var compare = report.hasPrevious();
        var tables = new ArrayList<TableView>();
        for (int t = 0; t < current.size(); t++) {
            var table = current.get(t);
            var before = previous.get(t);
            var svg = forPdf(table.key().equals("trend") ? trendChart(report.figures(), table, locale) : table.svg());
            if (!compare
                    || NOT_COMPARED.contains(table.key())
                    || before.rows().size() != table.rows().size()) {
                tables.add(
                        new TableView(table.key(), table.title(), table.caption(), svg, table.headers(), table.rows()));
                continue;
            }
            var headers = new ArrayList<>(table.headers());
            for (var header : before.headers()) {
                headers.add(texts.message(
                        "monitoring.report.previousColumn", locale, header, Integer.toString(report.year() - 1)));
            }
            var rows = new ArrayList<TableView.RowView>();
            for (int r = 0; r < table.rows().size(); r++) {
                var row = table.rows().get(r);
                var cells = new ArrayList<>(row.cells());
                cells.addAll(before.rows().get(r).cells());
                rows.add(new TableView.RowView(row.label(), cells, row.total()));
            }
            tables.add(new TableView(table.key(), table.title(), table.caption(), svg, headers, rows));
        }
        return tables;
    }

    /** The trend over the year with the months' short names, as twelve full dates do not fit under the chart. */
    private static String trendChart(Dashboard figures, TableView view, Locale locale) {
        var table = figures.tables().stream()
                .filter(t -> t.key().equals("trend"))
                .findFirst()
                .orElseThrow();
        var months = table.rows().stream()
                .map(r -> YearMonth.parse(r.name()).getMonth().getDisplayName(TextStyle.SHORT, locale))
                .toList();
        var series = new ArrayList<List<Double>>();
        for (int c = 0; c < view.headers().size(); c++) {
            var column = c;
            series.add(table.rows().stream()
                    .map(r -> r.cells().get(column))
                    .map(cell -> cell.shown() ? cell.value() : null)
                    .toList());
        }
        return LineChart.svg("chart-trend", view.title(), view.caption(), months, view.headers(), series);
    }

    /** The page's chart with its size and colours, which the PDF renderer cannot take from a style sheet. */
    static String forPdf(String svg) {
        var size = VIEW_BOX.matcher(svg);
        var sized = size.find()
                ? svg.replaceFirst("<svg ", "<svg width=\"" + size.group(1) + "\" height=\"" + size.group(2) + "\" ")
                : svg;
        return sized.replaceFirst("</desc>", "</desc>" + CHART_STYLE);
    }
}
