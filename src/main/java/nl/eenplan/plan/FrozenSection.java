package nl.eenplan.plan;

import java.util.List;

/**
 * One section of a {@link PlanPart} as frozen into a version (PL-9): a heading and its lines. Versions are
 * compared section by section, matched by heading, and line by line, matched by label.
 */
public record FrozenSection(FrozenText heading, List<Line> lines) {

    public FrozenSection {
        lines = List.copyOf(lines);
    }

    /** A line: what it is about, and what it says. */
    public record Line(FrozenText label, FrozenText value) {}
}
