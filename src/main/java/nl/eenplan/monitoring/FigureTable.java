package nl.eenplan.monitoring;

import java.util.List;

/**
 * MON-2: one indicator of a dashboard as a table (its key names title and caption in the messages,
 * {@code monitoring.table.<key>}), with the columns' message keys, the rows, and how the page draws
 * it: bars of the first column, or lines of every column over the months.
 */
public record FigureTable(String key, Chart chart, List<String> columnKeys, List<FigureRow> rows) {

    /** How the table is drawn beside its figures. */
    public enum Chart {
        BAR,
        LINE
    }

    public FigureTable {
        columnKeys = List.copyOf(columnKeys);
        rows = List.copyOf(rows);
    }
}
