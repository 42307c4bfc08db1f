package nl.eenplan.feed;

import java.util.Map;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;

/**
 * Which households a person follows through the feed, each with the basis of his view: all
 * households of the municipalities his access teams serve (municipality → access team), and single
 * households, those in whose team he is a professional who may see the plan (C-1) and those he oversees
 * through an open escalation (E-2..E-4).
 */
record FeedReach(Map<UUID, UUID> accessTeams, Map<UUID, AccessBasis> households) {

    FeedReach {
        accessTeams = Map.copyOf(accessTeams);
        households = Map.copyOf(households);
    }

    /** Why the person sees this entry: his own view of the household first, else his access team. */
    AccessBasis basis(FeedEntry entry) {
        var own = households.get(entry.householdId());
        return own != null ? own : AccessBasis.accessTeam(accessTeams.get(entry.municipalityId()));
    }
}
