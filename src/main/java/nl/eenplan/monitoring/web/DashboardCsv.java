package nl.eenplan.monitoring.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import nl.eenplan.monitoring.Cell;
import nl.eenplan.monitoring.Dashboard;
import org.apache.commons.csv.CSVFormat;
import org.springframework.stereotype.Component;

/**
 * MON-1: a dashboard as CSV, one figure a line (indicator, row, column, value), the same figures as the
 * page: a suppressed count reads "&lt;5", a suppressed share or mean stays empty. Numbers are written
 * without thousands separators, shares as percentages with one decimal, separated by semicolons as
 * Dutch spreadsheets expect.
 */
@Component
class DashboardCsv {

    private final FigureTexts texts;

    DashboardCsv(FigureTexts texts) {
        this.texts = texts;
    }

    String of(Dashboard dashboard, Locale locale) {
        var out = new StringWriter();
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setRecordSeparator("\r\n")
                .get();
        try (var csv = format.print(out)) {
            csv.printRecord(
                    texts.message("monitoring.column.indicator", locale),
                    texts.message("monitoring.column.what", locale),
                    texts.message("monitoring.column.figure", locale),
                    texts.message("monitoring.column.value", locale));
            for (var table : dashboard.tables()) {
                var title = texts.message("monitoring.table." + table.key(), locale);
                for (var row : table.rows()) {
                    for (int c = 0; c < row.cells().size(); c++) {
                        csv.printRecord(
                                title,
                                texts.label(row, locale),
                                texts.message(table.columnKeys().get(c), locale),
                                value(row.cells().get(c)));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    static String value(Cell cell) {
        if (cell.suppressed()) {
            return cell.kind() == Cell.Kind.COUNT ? "<5" : "";
        }
        if (cell.kind() == Cell.Kind.TEXT) {
            return cell.text();
        }
        if (cell.value() == null) {
            return "";
        }
        return switch (cell.kind()) {
            case COUNT -> Long.toString(cell.count());
            case PERCENT -> String.format(Locale.ROOT, "%.1f", cell.value() * 100);
            default -> String.format(Locale.ROOT, "%.1f", cell.value());
        };
    }
}
