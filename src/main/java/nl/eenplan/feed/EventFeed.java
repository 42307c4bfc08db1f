package nl.eenplan.feed;

import java.util.LinkedHashMap;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the event feed (issue 16, docs/adr/0030). Only staff follow households through it, each the
 * households he may find in "Mijn gezinnen", as far as he may see them there ({@link FeedReaches}); household
 * and network members and administrators are refused. X-1 (NEN 7513): every read is logged as {@code
 * FEED_READ} with the cursor and how many entries it gave, and every household that appeared gets its
 * own {@code FEED_LISTED} entry with the basis of the person's view, so the household sees who followed it.
 */
@Service
public class EventFeed {

    /** The most entries one read gives, and the number given when no limit is asked. */
    public static final int MAX_LIMIT = 100;

    private final FeedReaches reaches;
    private final FeedEntries entries;
    private final AuditLog audit;

    EventFeed(FeedReaches reaches, FeedEntries entries, AuditLog audit) {
        this.reaches = reaches;
        this.entries = entries;
        this.audit = audit;
    }

    /** Whether this person may read the feed at all: staff only. */
    public static boolean mayUse(AccountPrincipal person) {
        return person != null && person.kind() == AccountKind.STAFF;
    }

    /**
     * Up to {@code limit} (1..100, 100 when null) entries after the cursor (from the start when null), of
     * the households this person follows now; refused ({@link FeedRefused}) before anything is read.
     */
    @Transactional
    public FeedPage read(AccountPrincipal person, String cursor, Integer limit) {
        if (!mayUse(person)) {
            throw new FeedRefused.NotForYou();
        }
        var size = limit == null ? MAX_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new FeedRefused.BadLimit();
        }
        var after = FeedPosition.parse(cursor);
        var reach = reaches.of(person.id());
        var found = entries.after(
                after,
                reach.accessTeams().keySet(),
                reach.households().keySet(),
                reach.overseen().keySet(),
                FeedReach.OVERSEEN_TYPES,
                size);
        var next = found.isEmpty() ? after : found.getLast().position();
        var shown = new LinkedHashMap<UUID, AccessBasis>();
        found.forEach(entry -> shown.putIfAbsent(entry.householdId(), reach.basis(entry)));
        audit.record(new AuditEvent(
                person.id(),
                null,
                "FEED_READ",
                "feed",
                null,
                null,
                "after=%s limit=%d shown=%d households=%d"
                        .formatted(after.cursor(), size, found.size(), shown.size())));
        shown.forEach((household, basis) -> audit.record(
                new AuditEvent(person.id(), null, "FEED_LISTED", "household", household.toString(), household, null)
                        .on(basis)));
        return new FeedPage(found, next.cursor());
    }
}
