package nl.eenplan.participation;

import java.util.Optional;
import java.util.UUID;

/** Finds who a person is to a household's team, decided once per request by the module that knows consent. */
public interface TeamViewers {

    /** The viewer this person is for the household today; empty when he is not in its team. */
    Optional<? extends TeamViewer> of(UUID householdId, UUID accountId);

    /** The household's team or parental authority changed: decide again within this request. */
    void forget(UUID householdId);

    /** The same, or {@link TeamNotFound} for someone outside the team (never a hint that it exists). */
    default TeamViewer viewer(UUID householdId, UUID accountId) {
        return of(householdId, accountId).orElseThrow(TeamNotFound::new);
    }
}
