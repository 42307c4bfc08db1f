package nl.eenplan.monitoring;

import java.util.List;

/**
 * A row of a dashboard's table: its label (a message key, or a name such as an organisation's when
 * {@code name} is set) and its figures, one per column. {@code total} marks the row of a total.
 */
public record FigureRow(String labelKey, String name, List<Cell> cells, boolean total) {

    public FigureRow {
        cells = List.copyOf(cells);
    }

    static FigureRow of(String labelKey, List<Cell> cells) {
        return new FigureRow(labelKey, null, cells, false);
    }

    static FigureRow named(String name, List<Cell> cells) {
        return new FigureRow(null, name, cells, false);
    }

    static FigureRow totalOf(List<Cell> cells) {
        return new FigureRow("monitoring.row.total", null, cells, true);
    }
}
