package nl.eenplan.audit;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What the audit module needs to know of a household's team: how the people in its access
 * log are known there (their name in the team and, for professionals, their organisation), and which
 * accounts household members take part with. Implemented by the participation module, which the audit
 * module may not call (it depends on audit).
 */
public interface HouseholdTeams {

    /**
     * How these accounts are known: as they take or took part in the household's team, else, for staff,
     * by account name and organisation; others are left out of the map.
     */
    Map<UUID, Actor> actors(UUID householdId, Collection<UUID> accountIds);

    /** Member id to account id, for the household members who take part in the team with an account. */
    Map<UUID, UUID> memberAccounts(UUID householdId);
}
