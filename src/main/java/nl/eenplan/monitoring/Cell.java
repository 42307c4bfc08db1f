package nl.eenplan.monitoring;

/**
 * One figure of a dashboard: a count, a percentage, a number of days or a fixed text such as a
 * baseline. {@code value} is null when the figure is suppressed (a count under 5, or computed from one)
 * or not known (nothing to divide by).
 */
public record Cell(Kind kind, Double value, boolean suppressed, String text) {

    /** What the figure is. */
    public enum Kind {
        COUNT,
        PERCENT,
        DAYS,
        TEXT
    }

    public static Cell count(long n) {
        return new Cell(Kind.COUNT, (double) n, false, null);
    }

    public static Cell percent(Double share) {
        return new Cell(Kind.PERCENT, share, false, null);
    }

    public static Cell days(Double days) {
        return new Cell(Kind.DAYS, days, false, null);
    }

    public static Cell text(String text) {
        return new Cell(Kind.TEXT, null, false, text);
    }

    static Cell suppressed(Kind kind) {
        return new Cell(kind, null, true, null);
    }

    public boolean shown() {
        return !suppressed && value != null;
    }

    /** The count, when shown. */
    public long count() {
        return value == null ? 0 : Math.round(value);
    }
}
