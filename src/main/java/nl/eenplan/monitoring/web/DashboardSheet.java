package nl.eenplan.monitoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import nl.eenplan.monitoring.Cell;
import nl.eenplan.monitoring.Dashboard;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * MON-1: a dashboard as a spreadsheet (.xlsx): one sheet, per indicator its title, column headings and
 * rows, the same figures as the page. Counts and means are numbers, shares percentages; a suppressed
 * count is the text "&lt;5", a suppressed share or mean an empty cell.
 */
@Component
class DashboardSheet {

    private final FigureTexts texts;

    DashboardSheet(FigureTexts texts) {
        this.texts = texts;
    }

    byte[] of(Dashboard dashboard, Locale locale) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(texts.message("monitoring.sheet", locale));
            var percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            var decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            var r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(dashboard.scope().name());
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue(dashboard.period().from() + " – "
                            + dashboard.period().to());
            for (var table : dashboard.tables()) {
                r++;
                sheet.createRow(r++)
                        .createCell(0)
                        .setCellValue(texts.message("monitoring.table." + table.key(), locale));
                var head = sheet.createRow(r++);
                head.createCell(0).setCellValue(texts.message("monitoring.column.what", locale));
                for (int c = 0; c < table.columnKeys().size(); c++) {
                    head.createCell(c + 1)
                            .setCellValue(texts.message(table.columnKeys().get(c), locale));
                }
                for (var row : table.rows()) {
                    var line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(texts.label(row, locale));
                    for (int c = 0; c < row.cells().size(); c++) {
                        var figure = row.cells().get(c);
                        var cell = line.createCell(c + 1);
                        if (figure.suppressed()) {
                            cell.setCellValue(figure.kind() == Cell.Kind.COUNT ? "<5" : "");
                        } else if (figure.kind() == Cell.Kind.TEXT) {
                            cell.setCellValue(figure.text());
                        } else if (figure.value() != null) {
                            cell.setCellValue(figure.kind() == Cell.Kind.COUNT ? figure.count() : figure.value());
                            if (figure.kind() == Cell.Kind.PERCENT) {
                                cell.setCellStyle(percent);
                            } else if (figure.kind() == Cell.Kind.DAYS) {
                                cell.setCellStyle(decimal);
                            }
                        }
                    }
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
