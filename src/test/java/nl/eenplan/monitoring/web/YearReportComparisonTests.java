package nl.eenplan.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.eenplan.monitoring.Cell;
import nl.eenplan.monitoring.Dashboard;
import nl.eenplan.monitoring.DashboardScope;
import nl.eenplan.monitoring.Evaluation;
import nl.eenplan.monitoring.FigureRow;
import nl.eenplan.monitoring.FigureTable;
import nl.eenplan.monitoring.Findings;
import nl.eenplan.monitoring.Suppression;
import nl.eenplan.monitoring.YearReport;
import nl.eenplan.testing.EenPlanTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** MON-1, MON-2: the report compares the year with the year before, where that year has figures. */
class YearReportComparisonTests extends EenPlanTest {

    @Autowired
    YearReportPdf pdf;

    static Dashboard familyGroup(DashboardScope scope, int year, long with, long without) {
        var cells = Suppression.parts(List.of(with, without), with + without);
        var rows = List.of(
                new FigureRow("monitoring.row.familyGroup", null, List.of(cells.get(0), share(cells, 0)), false),
                new FigureRow("monitoring.row.noFamilyGroup", null, List.of(cells.get(1), share(cells, 1)), false),
                new FigureRow("monitoring.row.total", null, List.of(cells.get(2), share(cells, 2)), true));
        var table = new FigureTable(
                "familyGroup",
                FigureTable.Chart.BAR,
                List.of("monitoring.column.count", "monitoring.column.share"),
                rows);
        return new Dashboard(scope, YearReport.period(year), List.of(table));
    }

    private static Cell share(List<Cell> cells, int i) {
        return Suppression.share(cells.get(i), cells.getLast());
    }

    static String text(byte[] bytes) throws Exception {
        try (var document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("MON-1, MON-2, PL-8: the year before stands beside each figure when it has any, suppressed alike;"
            + " without figures the report says there is no comparison")
    void comparesWithTheYearBefore() throws Exception {
        var id = UUID.randomUUID();
        var scope = new DashboardScope(DashboardScope.Kind.MUNICIPALITY, id, "Vergelijkstad", List.of(id));
        var findings = new Evaluation(id, 2026, 1, new Findings("Goed", "", "", ""), null, "", null);
        var nl = Locale.forLanguageTag("nl");

        var compared = text(pdf.render(
                new YearReport(
                        scope,
                        2026,
                        LocalDate.of(2027, 1, 15),
                        familyGroup(scope, 2026, 12, 8),
                        familyGroup(scope, 2025, 7, 3),
                        findings),
                nl));
        var alone = text(pdf.render(
                new YearReport(
                        scope,
                        2026,
                        LocalDate.of(2027, 1, 15),
                        familyGroup(scope, 2026, 12, 8),
                        familyGroup(scope, 2025, 2, 1),
                        findings),
                nl));

        assertThat(compared)
                .contains("In de tabellen staan ook de cijfers van 2025")
                .contains("Wat Aantal Percentage Aantal 2025 Percentage 2025")
                .contains("Met familiegroepsplan 12 60% <5 niet getoond")
                .contains("Zonder familiegroepsplan 8 40% <5 niet getoond")
                .contains("Totaal 20 100% 10 100%")
                .doesNotContain(" 7 70%")
                .contains("Gemaakt op 15 januari 2027");
        assertThat(alone)
                .contains("Over 2025 zijn geen cijfers")
                .contains("Met familiegroepsplan 12 60%")
                .doesNotContain("Aantal 2025");
    }
}
