package nl.eenplan.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffRoster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MON-1: which dashboards a person may see. A municipal contact point or agenda holder sees the
 * dashboard of his municipality and of the region it belongs to; a manager sees his organisation's.
 * Anyone else sees none: a dashboard he may not see is answered as unknown.
 */
@Service
public class DashboardAccess {

    private final StaffRoster roster;
    private final OrganisationDirectory organisations;
    private final JdbcClient jdbc;

    DashboardAccess(StaffRoster roster, OrganisationDirectory organisations, JdbcClient jdbc) {
        this.roster = roster;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    /** The dashboards this person may see: municipalities, then regions, then organisations. */
    @Transactional(readOnly = true)
    public List<DashboardScope> scopes(UUID accountId) {
        var municipalities = new LinkedHashSet<UUID>();
        municipalities.addAll(roster.municipalitiesOf(accountId, StaffRole.MUNICIPAL_CONTACT_POINT));
        municipalities.addAll(roster.municipalitiesOf(accountId, StaffRole.AGENDA_HOLDER));
        var scopes = new ArrayList<DashboardScope>();
        for (var municipality : municipalities) {
            scopes.add(new DashboardScope(
                    DashboardScope.Kind.MUNICIPALITY, municipality, name(municipality), List.of(municipality)));
        }
        regionsOf(municipalities).forEach(scopes::add);
        for (var organisation : new LinkedHashSet<>(roster.organisationsOf(accountId, StaffRole.MANAGER))) {
            scopes.add(
                    new DashboardScope(DashboardScope.Kind.ORGANISATION, organisation, name(organisation), List.of()));
        }
        return scopes;
    }

    /** The dashboard of this kind and id, when this person may see it. */
    @Transactional(readOnly = true)
    public Optional<DashboardScope> find(UUID accountId, DashboardScope.Kind kind, UUID id) {
        return scopes(accountId).stream()
                .filter(s -> s.kind() == kind && s.id().equals(id))
                .findFirst();
    }

    /**
     * The dashboard chosen, or when none is chosen the first this person may see; {@link DashboardNotFound}
     * when it is not his to see or he may see none.
     */
    @Transactional(readOnly = true)
    public DashboardScope resolve(UUID accountId, DashboardChoice choice) {
        var scopes = scopes(accountId);
        if (choice == null) {
            return scopes.stream().findFirst().orElseThrow(DashboardNotFound::new);
        }
        return scopes.stream()
                .filter(s -> s.kind() == choice.kind() && s.id().equals(choice.id()))
                .findFirst()
                .orElseThrow(DashboardNotFound::new);
    }

    private String name(UUID organisationId) {
        return organisations.find(organisationId).map(Organisation::name).orElse("?");
    }

    private List<DashboardScope> regionsOf(LinkedHashSet<UUID> municipalities) {
        if (municipalities.isEmpty()) {
            return List.of();
        }
        var regions = jdbc.sql("""
                        select distinct r.id, r.name from monitoring_region r
                        join monitoring_region_municipality m on m.region_id = r.id
                        where m.municipality_id in (:municipalities) order by r.name
                        """)
                .param("municipalities", List.copyOf(municipalities))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
                .list();
        return regions.stream()
                .map(r -> new DashboardScope(
                        DashboardScope.Kind.REGION, (UUID) r[0], (String) r[1], members((UUID) r[0])))
                .toList();
    }

    private List<UUID> members(UUID regionId) {
        return jdbc.sql("select municipality_id from monitoring_region_municipality where region_id = ?")
                .param(regionId)
                .query(UUID.class)
                .list();
    }
}
