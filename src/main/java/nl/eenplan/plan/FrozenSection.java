package nl.eenplan.plan;

import java.util.List;
import nl.eenplan.document.RadarChart;

/**
 * One section of a {@link PlanPart} as frozen into a version (PL-9): a heading and its lines. Versions are
 * compared section by section, matched by heading, and line by line, matched by label. A section may
 * carry {@code figures} (PL-4: assessments over time): the version page and the PDF copy draw them as a
 * radar chart, one axis for each of the first lines (its label), with the same figures as a table; null
 * when there is no chart (and in versions established before sections had charts).
 */
public record FrozenSection(FrozenText heading, List<Line> lines, List<RadarChart.Series> figures) {

    public FrozenSection {
        lines = List.copyOf(lines);
        figures = figures == null || figures.isEmpty() ? null : List.copyOf(figures);
    }

    /** A section without a chart. */
    public FrozenSection(FrozenText heading, List<Line> lines) {
        this(heading, lines, null);
    }

    /** The number of lines the chart's axes name (0 without a chart). */
    public int axes() {
        return figures == null
                ? 0
                : Math.min(lines.size(), figures.getFirst().values().size());
    }

    /** A line: what it is about, and what it says. */
    public record Line(FrozenText label, FrozenText value) {}
}
