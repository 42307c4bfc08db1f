package nl.eenplan.monitoring.web;

import java.util.List;

/** One indicator as the page shows it: title, caption, the chart (inline SVG) and the same figures as a table. */
record TableView(String key, String title, String caption, String svg, List<String> headers, List<RowView> rows) {

    /** A row of the table: its label, the texts of its figures, and whether it is a total. */
    record RowView(String label, List<String> cells, boolean total) {}
}
