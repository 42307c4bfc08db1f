package nl.eenplan.feed.web;

import java.util.List;
import nl.eenplan.feed.EventFeed;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event feed (issue 16, docs/adr/0030): {@code GET /api/v1/events?after=<cursor>&limit=100} gives
 * the changes of the households this person follows, oldest first, as CloudEvents, and the cursor to
 * ask after next time. Reading on from {@code next} never skips or repeats an entry.
 */
@RestController
class FeedApiController {

    private final EventFeed feed;

    FeedApiController(EventFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/api/v1/events")
    Events events(
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer limit) {
        var page = feed.read(person, after, limit);
        return new Events(page.entries().stream().map(CloudEvent::of).toList(), page.next());
    }

    /** A page of the feed: the events, oldest first, and the cursor to send as {@code after} next time. */
    record Events(List<CloudEvent> events, String next) {}
}
