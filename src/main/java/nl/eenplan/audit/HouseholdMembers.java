package nl.eenplan.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The members of a household as data subjects, with every account each logs in with: the one the
 * household register links to the member, and the one the member takes part in the team with.
 */
@Component
class HouseholdMembers {

    private final DataSubjects subjects;
    private final ObjectProvider<HouseholdTeams> teams;

    HouseholdMembers(DataSubjects subjects, ObjectProvider<HouseholdTeams> teams) {
        this.subjects = subjects;
        this.teams = teams;
    }

    List<DataSubject> of(UUID householdId) {
        var members = subjects.members(householdId);
        for (var team : teams.orderedStream().toList()) {
            var accounts = team.memberAccounts(householdId);
            members = members.stream()
                    .map(m -> accounts.containsKey(m.memberId()) ? m.withAccount(accounts.get(m.memberId())) : m)
                    .toList();
        }
        return members;
    }
}
