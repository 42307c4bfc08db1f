package nl.eenplan.caseload;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.escalation.OverseenHouseholds;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffRoster;
import nl.eenplan.participation.TeamViewer;
import nl.eenplan.participation.TeamViewers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Decides a person's {@link CaseScope} from his staff roles and the escalations he oversees. */
@Component
class CaseScopes {

    private final StaffRoster roster;
    private final OrganisationDirectory organisations;
    private final OverseenHouseholds overseen;
    private final TeamViewers viewers;
    private final JdbcClient jdbc;

    CaseScopes(
            StaffRoster roster,
            OrganisationDirectory organisations,
            OverseenHouseholds overseen,
            TeamViewers viewers,
            JdbcClient jdbc) {
        this.roster = roster;
        this.organisations = organisations;
        this.overseen = overseen;
        this.viewers = viewers;
        this.jdbc = jdbc;
    }

    /** The scope; who has no consent in which team is only decided when the query asks beyond names. */
    CaseScope of(UUID accountId, CaseQuery query) {
        var beyondNames = query.dateOfBirth() != null || query.searchesText();
        return new CaseScope(
                accountId,
                accessTeamsOf(accountId),
                overseen.of(accountId),
                beyondNames ? withoutConsent(accountId) : Set.of());
    }

    /** C-1: the households in whose team he takes part whose plan consent does not show him. */
    private Set<UUID> withoutConsent(UUID accountId) {
        var households = jdbc.sql("""
                        select distinct household_id from team_account_v
                        where account_id = ? and kind = 'PROFESSIONAL'
                        """).param(accountId).query(UUID.class).list();
        var without = new HashSet<UUID>();
        for (var household : households) {
            if (viewers.of(household, accountId).map(TeamViewer::seesPlan).orElse(false)) {
                continue;
            }
            without.add(household);
        }
        return without;
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
