package nl.eenplan.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * MON-1: small-cell suppression. A count under {@value #THRESHOLD} is never shown, nor a share or
 * average computed from one. When parts add up to a shown total, one suppressed part alone could be
 * found by subtracting the shown parts from the total (complementary disclosure): then the next
 * smallest part is suppressed as well.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private Suppression() {}

    /** A count on its own. */
    public static Cell count(long n) {
        return n < THRESHOLD ? Cell.suppressed(Cell.Kind.COUNT) : Cell.count(n);
    }

    /**
     * Parts that add up to {@code total}, then the total: counts under the threshold suppressed, a second
     * part suppressed when only one would be, and every part when the total is.
     */
    public static List<Cell> parts(List<Long> parts, long total) {
        var hidden = new boolean[parts.size()];
        var totalHidden = total < THRESHOLD;
        for (int i = 0; i < parts.size(); i++) {
            hidden[i] = totalHidden || parts.get(i) < THRESHOLD;
        }
        var count = IntStream.range(0, hidden.length).filter(i -> hidden[i]).count();
        if (count == 1 && parts.size() > 1) {
            IntStream.range(0, parts.size())
                    .filter(i -> !hidden[i])
                    .boxed()
                    .min(Comparator.comparing(parts::get))
                    .ifPresent(i -> hidden[i] = true);
        }
        var cells = new ArrayList<Cell>();
        for (int i = 0; i < parts.size(); i++) {
            cells.add(hidden[i] ? Cell.suppressed(Cell.Kind.COUNT) : Cell.count(parts.get(i)));
        }
        cells.add(totalHidden ? Cell.suppressed(Cell.Kind.COUNT) : Cell.count(total));
        return cells;
    }

    /** The share of a part in a total, shown only when both counts are. */
    public static Cell share(Cell part, Cell total) {
        if (part.suppressed() || total.suppressed()) {
            return Cell.suppressed(Cell.Kind.PERCENT);
        }
        if (total.count() == 0) {
            return Cell.percent(null);
        }
        return Cell.percent((double) part.count() / total.count());
    }

    /** An average over {@code n} things, shown only when {@code n} is. */
    public static Cell days(Double average, long n) {
        return n < THRESHOLD ? Cell.suppressed(Cell.Kind.DAYS) : Cell.days(average);
    }
}
