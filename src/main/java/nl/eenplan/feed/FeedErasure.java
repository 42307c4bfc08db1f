package nl.eenplan.feed;

import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdErasure;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** the feed's entries about a destroyed household go with it (ids only, yet keyed by the household). */
@Component
@Order(12)
class FeedErasure implements HouseholdErasure {

    private final FeedEntries entries;

    FeedErasure(FeedEntries entries) {
        this.entries = entries;
    }

    @Override
    public Map<String, Integer> erase(UUID householdId) {
        return Map.of("feed_event", entries.erase(householdId));
    }
}
