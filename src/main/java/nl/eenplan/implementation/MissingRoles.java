package nl.eenplan.implementation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.RoleGap;
import nl.eenplan.organisation.StaffRoster;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IMP-2: the roles the method asks for that are still missing (an organisation without an attention
 * officer, a municipality without an agenda holder), as a warning to those who can see that it is so:
 * everyone with a role in that organisation, the staff of the municipality itself for every
 * organisation of it, and administrators for all.
 */
@Service
public class MissingRoles {

    private final StaffRoster roster;
    private final OrganisationDirectory organisations;

    MissingRoles(StaffRoster roster, OrganisationDirectory organisations) {
        this.roster = roster;
        this.organisations = organisations;
    }

    /** The gaps this person is warned about, by organisation name. */
    @Transactional(readOnly = true)
    public List<RoleGap> seenBy(AccountPrincipal person) {
        var gaps = roster.gaps();
        if (FrameworkChecklistAccess.isAdministrator(person)) {
            return gaps;
        }
        var all = organisations.all().stream().collect(Collectors.toMap(Organisation::id, o -> o));
        var mine = new HashSet<UUID>();
        var municipalities = new HashSet<UUID>();
        for (var membership : organisations.membershipsOf(person.id())) {
            mine.add(membership.organisationId());
            var organisation = all.get(membership.organisationId());
            if (organisation != null && organisation.kind() == OrganisationKind.MUNICIPALITY) {
                municipalities.add(organisation.id());
            }
        }
        return gaps.stream()
                .filter(g -> mine.contains(g.organisationId())
                        || municipalities.contains(municipalityOf(all, g.organisationId())))
                .toList();
    }

    private static UUID municipalityOf(Map<UUID, Organisation> all, UUID organisationId) {
        var organisation = all.get(organisationId);
        return organisation == null ? null : Objects.requireNonNullElse(organisation.municipalityId(), organisationId);
    }
}
