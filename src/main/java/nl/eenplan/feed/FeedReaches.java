package nl.eenplan.feed;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.consent.Viewer;
import nl.eenplan.escalation.OverseenHouseholds;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffRoster;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.PlanAccess;
import org.springframework.stereotype.Component;

/**
 * Decides a member of staff's {@link FeedReach} at the moment he reads, by the same rules as "Mijn
 * gezinnen" and the plan itself: the access team's municipality, the teams he takes part in as a
 * professional with consent to see the plan ({@link PlanAccess}), and the escalations he oversees (their
 * events only).
 */
@Component
class FeedReaches {

    private final StaffRoster roster;
    private final OrganisationDirectory organisations;
    private final Team team;
    private final PlanAccess plans;
    private final OverseenHouseholds overseen;

    FeedReaches(
            StaffRoster roster,
            OrganisationDirectory organisations,
            Team team,
            PlanAccess plans,
            OverseenHouseholds overseen) {
        this.roster = roster;
        this.organisations = organisations;
        this.team = team;
        this.plans = plans;
        this.overseen = overseen;
    }

    FeedReach of(UUID accountId) {
        var accessTeams = new HashMap<UUID, UUID>();
        for (var organisation : roster.organisationsOf(accountId, StaffRole.ACCESS_TEAM_MEMBER)) {
            organisations
                    .find(organisation)
                    .filter(o -> o.kind() == OrganisationKind.ACCESS_TEAM && o.municipalityId() != null)
                    .ifPresent(o -> accessTeams.putIfAbsent(o.municipalityId(), o.id()));
        }
        var households = new LinkedHashMap<UUID, AccessBasis>();
        team.participationsOf(accountId).stream()
                .filter(p -> p.isProfessional())
                .map(p -> p.householdId())
                .distinct()
                .forEach(household -> plans.find(household, accountId)
                        .filter(Viewer::seesPlan)
                        .ifPresent(viewer -> households.put(household, viewer.accessBasis())));
        var overseenHouseholds = new LinkedHashMap<UUID, AccessBasis>();
        overseen.of(accountId)
                .forEach((household, escalations) -> overseenHouseholds.put(
                        household,
                        AccessBasis.together(escalations.stream()
                                .map(AccessBasis::escalationStep)
                                .toList())));
        return new FeedReach(accessTeams, households, overseenHouseholds);
    }
}
