package nl.eenplan.feed;

import java.util.regex.Pattern;

/**
 * A place in the feed: the id of the transaction that wrote an entry, then its order within all entries
 * (docs/adr/0030). Written as a cursor of two zero-padded numbers, {@code 0000000000000000812.0000000000000000031},
 * so cursors also compare as text; {@link #START} is before every entry.
 */
public record FeedPosition(long tx, long seq) implements Comparable<FeedPosition> {

    public static final FeedPosition START = new FeedPosition(0, 0);

    private static final Pattern CURSOR = Pattern.compile("(\\d{1,19})\\.(\\d{1,19})");

    public FeedPosition {
        if (tx < 0 || seq < 0) {
            throw new FeedRefused.BadCursor();
        }
    }

    /** The position a cursor names; {@link FeedRefused.BadCursor} for anything else; {@link #START} when none. */
    public static FeedPosition parse(String cursor) {
        if (cursor == null) {
            return START;
        }
        var matcher = CURSOR.matcher(cursor);
        if (!matcher.matches()) {
            throw new FeedRefused.BadCursor();
        }
        try {
            return new FeedPosition(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
        } catch (NumberFormatException e) {
            throw new FeedRefused.BadCursor();
        }
    }

    public String cursor() {
        return "%019d.%019d".formatted(tx, seq);
    }

    @Override
    public int compareTo(FeedPosition other) {
        var byTx = Long.compare(tx, other.tx);
        return byTx != 0 ? byTx : Long.compare(seq, other.seq);
    }
}
