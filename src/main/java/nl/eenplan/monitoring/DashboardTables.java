package nl.eenplan.monitoring;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.eenplan.monitoring.FigureTable.Chart;

/** MON-2: the tables of escalations, caseload and the monthly trend, suppressed as {@link Suppression} says. */
final class DashboardTables {

    /** Upper bounds of the caseload bands; the last band has none. */
    private static final long[] BANDS = {5, 10, 15, 20};

    private static final List<String> STEPS =
            List.of("monitoring.row.step1", "monitoring.row.step2", "monitoring.row.step3", "monitoring.row.step4");

    private static final List<String> BAND_LABELS = List.of(
            "monitoring.row.band0",
            "monitoring.row.band1",
            "monitoring.row.band2",
            "monitoring.row.band3",
            "monitoring.row.band4");

    private DashboardTables() {}

    /** E-1..E-4: escalations by the highest step they reached, how many ended, and their mean duration. */
    static FigureTable escalations(List<long[]> bySteps) {
        var counts = new ArrayList<Long>();
        var ended = new long[4];
        var days = new long[4];
        for (int step = 1; step <= 4; step++) {
            counts.add(0L);
        }
        for (var row : bySteps) {
            var i = (int) Math.min(Math.max(row[0], 1), 4) - 1;
            counts.set(i, counts.get(i) + row[1]);
            ended[i] += row[2];
            days[i] += row[3];
        }
        var cells = Suppression.parts(
                counts, counts.stream().mapToLong(Long::longValue).sum());
        var rows = new ArrayList<FigureRow>();
        long allEnded = 0;
        long allDays = 0;
        for (int i = 0; i < 4; i++) {
            rows.add(FigureRow.of(
                    STEPS.get(i), List.of(cells.get(i), endedCell(cells.get(i), ended[i]), mean(days[i], ended[i]))));
            allEnded += ended[i];
            allDays += days[i];
        }
        rows.add(FigureRow.totalOf(
                List.of(cells.getLast(), endedCell(cells.getLast(), allEnded), mean(allDays, allEnded))));
        return new FigureTable(
                "escalations",
                Chart.BAR,
                List.of("monitoring.column.count", "monitoring.column.ended", "monitoring.column.meanDays"),
                rows);
    }

    private static Cell endedCell(Cell started, long ended) {
        return started.suppressed() ? Cell.suppressed(Cell.Kind.COUNT) : Suppression.count(ended);
    }

    private static Cell mean(long days, long n) {
        return Suppression.days(n == 0 ? null : (double) days / n, n);
    }

    /** Coordinators by the number of households they coordinate, in bands, and the mean. */
    static FigureTable caseload(List<Long> caseloads) {
        var parts = new ArrayList<Long>();
        for (int band = 0; band <= BANDS.length; band++) {
            parts.add(0L);
        }
        for (var load : caseloads) {
            var band = 0;
            while (band < BANDS.length && load > BANDS[band]) {
                band++;
            }
            parts.set(band, parts.get(band) + 1);
        }
        var cells = Suppression.parts(parts, caseloads.size());
        var rows = new ArrayList<FigureRow>();
        for (int band = 0; band <= BANDS.length; band++) {
            rows.add(FigureRow.of(BAND_LABELS.get(band), List.of(cells.get(band))));
        }
        rows.add(FigureRow.totalOf(List.of(cells.getLast())));
        var households = caseloads.stream().mapToLong(Long::longValue).sum();
        rows.add(FigureRow.of(
                "monitoring.row.meanCaseload",
                List.of(
                        cells.getLast().suppressed() || caseloads.isEmpty()
                                ? Cell.suppressed(Cell.Kind.DAYS)
                                : Cell.days((double) households / caseloads.size()))));
        return new FigureTable("caseload", Chart.BAR, List.of("monitoring.column.coordinators"), rows);
    }

    /**
     * Per month: plans started and established, round tables held and escalations started; the months
     * of started plans add up to the shown total, so they are suppressed as parts of it.
     */
    static FigureTable trend(Map<YearMonth, long[]> months) {
        var columns = new ArrayList<List<Cell>>();
        for (int c = 0; c < 4; c++) {
            var column = new ArrayList<Long>();
            for (var row : months.values()) {
                column.add(row[c]);
            }
            columns.add(Suppression.parts(
                    column, column.stream().mapToLong(Long::longValue).sum()));
        }
        var rows = new ArrayList<FigureRow>();
        var i = 0;
        for (var month : months.keySet()) {
            var index = i++;
            rows.add(FigureRow.named(
                    month.toString(), columns.stream().map(c -> c.get(index)).toList()));
        }
        return new FigureTable(
                "trend",
                Chart.LINE,
                List.of(
                        "monitoring.column.started",
                        "monitoring.column.established",
                        "monitoring.column.roundTables",
                        "monitoring.column.escalations"),
                rows);
    }
}
