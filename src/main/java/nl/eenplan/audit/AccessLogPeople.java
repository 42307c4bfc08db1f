package nl.eenplan.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Names the accounts in a household's log: as the household's team knows them ({@link HouseholdTeams}), and
 * otherwise by their account (administrators and staff outside the team).
 */
@Component
class AccessLogPeople {

    private final ObjectProvider<HouseholdTeams> teams;
    private final AccountDirectory accounts;

    AccessLogPeople(ObjectProvider<HouseholdTeams> teams, AccountDirectory accounts) {
        this.teams = teams;
        this.accounts = accounts;
    }

    Map<UUID, LogPerson> describe(UUID householdId, Collection<UUID> accountIds) {
        var ids = accountIds.stream().filter(id -> id != null).distinct().toList();
        var result = new HashMap<UUID, LogPerson>();
        if (ids.isEmpty()) {
            return result;
        }
        teams.orderedStream()
                .map(team -> team.actors(householdId, ids))
                .forEach(known -> known.forEach((id, actor) ->
                        result.putIfAbsent(id, new LogPerson(actor.name(), actor.organisation(), false))));
        for (var id : ids) {
            var account = accounts.find(id);
            var administrator =
                    account.map(a -> a.kind() == AccountKind.ADMINISTRATOR).orElse(false);
            var known = result.get(id);
            if (known != null) {
                result.put(id, new LogPerson(known.name(), known.organisation(), administrator));
            } else {
                result.put(
                        id,
                        account.map(a -> new LogPerson(a.displayName(), null, administrator))
                                .orElse(LogPerson.UNKNOWN));
            }
        }
        return result;
    }
}
