package nl.eenplan.feed;

import java.util.List;

/** A page of the feed, oldest first, and the cursor to read on from (the same cursor when nothing came). */
public record FeedPage(List<FeedEntry> entries, String next) {

    public FeedPage {
        entries = List.copyOf(entries);
    }
}
