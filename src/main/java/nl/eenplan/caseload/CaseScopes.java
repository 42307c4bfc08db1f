package nl.eenplan.caseload;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.escalation.OverseenHouseholds;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffRoster;
import org.springframework.stereotype.Component;

/** Decides a person's {@link CaseScope} from his staff roles and the escalations he oversees. */
@Component
class CaseScopes {

    private final StaffRoster roster;
    private final OrganisationDirectory organisations;
    private final OverseenHouseholds overseen;

    CaseScopes(StaffRoster roster, OrganisationDirectory organisations, OverseenHouseholds overseen) {
        this.roster = roster;
        this.organisations = organisations;
        this.overseen = overseen;
    }

    CaseScope of(UUID accountId) {
        return new CaseScope(accountId, accessTeamsOf(accountId), overseen.of(accountId));
    }

    /** Municipality → the person's access team responsible for it. */
    Map<UUID, UUID> accessTeamsOf(UUID accountId) {
        var accessTeams = new HashMap<UUID, UUID>();
        for (var team : roster.organisationsOf(accountId, StaffRole.ACCESS_TEAM_MEMBER)) {
            organisations
                    .find(team)
                    .filter(o -> o.kind() == OrganisationKind.ACCESS_TEAM && o.municipalityId() != null)
                    .ifPresent(o -> accessTeams.putIfAbsent(o.municipalityId(), o.id()));
        }
        return accessTeams;
    }
}
