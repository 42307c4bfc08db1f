package nl.eenplan.feed;

import java.util.Map;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;

/**
 * Which households a person follows through the feed, each with the basis of his view: all
 * households of the municipalities his access teams serve (municipality → access team); the households
 * in whose team he is a professional who may see the plan (C-1); and, for their escalations only,
 * nothing of the plan, the households he oversees through an open escalation (E-2..E-4).
 */
record FeedReach(Map<UUID, UUID> accessTeams, Map<UUID, AccessBasis> households, Map<UUID, AccessBasis> overseen) {

    /** The types an overseer follows: those of the escalation he oversees, as "Mijn gezinnen" shows him. */
    static final String OVERSEEN_TYPES = "nl.eenplan.escalation.";

    FeedReach {
        accessTeams = Map.copyOf(accessTeams);
        households = Map.copyOf(households);
        overseen = Map.copyOf(overseen);
    }

    /** Why the person sees this entry: his own view of the plan first, then his access team, then oversight. */
    AccessBasis basis(FeedEntry entry) {
        var own = households.get(entry.householdId());
        if (own != null) {
            return own;
        }
        var accessTeam = accessTeams.get(entry.municipalityId());
        return accessTeam != null ? AccessBasis.accessTeam(accessTeam) : overseen.get(entry.householdId());
    }
}
