package nl.eenplan.audit;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Why data was shared without consent (C-5), so that the household reads in its access log not just
 * "zonder toestemming" but the aim the professional gave. Implemented by the consent module,
 * which the audit module may not call (it depends on audit).
 */
public interface SharingReasons {

    /**
     * The aim of sharing of each of these decisions of the household that the household was told of;
     * a decision it was not told of (because that was judged dangerous) is left out of the map.
     */
    Map<UUID, String> aims(UUID householdId, Set<UUID> overrideIds);
}
