package nl.eenplan.feed;

/**
 * The feed was not read: the person may not follow any household through it (403), or the request
 * named a bad cursor or limit (400). Nothing was read, nothing logged.
 */
public sealed class FeedRefused extends RuntimeException {

    private final String reason;

    FeedRefused(String reason) {
        super(reason, null, false, false);
        this.reason = reason;
    }

    /** The message key that tells why. */
    public String reason() {
        return reason;
    }

    /** Household and network members and administrators follow no feed. */
    public static final class NotForYou extends FeedRefused {
        public NotForYou() {
            super("feed.api.forbidden");
        }
    }

    /** The cursor is not one the feed gave out. */
    public static final class BadCursor extends FeedRefused {
        public BadCursor() {
            super("feed.api.badCursor");
        }
    }

    /** The limit is not 1..100. */
    public static final class BadLimit extends FeedRefused {
        public BadLimit() {
            super("feed.api.badLimit");
        }
    }
}
