package nl.eenplan.implementation;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read and change the frameworks of a municipality (IMP-1) and the checklists of an organisation
 * (IMP-3). Administrators may do all. A municipality's frameworks are changed by its agenda holders and
 * contact points and read by every member of staff of the municipality or an organisation of it, and by
 * the professionals in the team of a household of it. A checklist is kept by the agenda holders and
 * contact points (of a municipality) or the managers and attention officers (of an organisation), and read
 * by everyone with a role there.
 */
@Component
public class FrameworkChecklistAccess {

    private static final Set<StaffRole> MUNICIPAL_KEEPERS =
            EnumSet.of(StaffRole.AGENDA_HOLDER, StaffRole.MUNICIPAL_CONTACT_POINT);
    private static final Set<StaffRole> ORGANISATION_KEEPERS =
            EnumSet.of(StaffRole.MANAGER, StaffRole.ATTENTION_OFFICER);

    private final OrganisationDirectory organisations;
    private final JdbcClient jdbc;

    FrameworkChecklistAccess(OrganisationDirectory organisations, JdbcClient jdbc) {
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    public static boolean isAdministrator(AccountPrincipal person) {
        return person.kind() == AccountKind.ADMINISTRATOR;
    }

    /** The municipality, or {@link FrameworkNotFound} when it is none. */
    public Organisation municipality(UUID id) {
        return organisations
                .find(id)
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                .orElseThrow(FrameworkNotFound::new);
    }

    /** IMP-1: whether this person may change the municipality's frameworks. */
    @Transactional(readOnly = true)
    public boolean mayEditFramework(UUID municipalityId, AccountPrincipal person) {
        return isAdministrator(person)
                || organisations.membershipsOf(person.id()).stream()
                        .anyMatch(
                                m -> m.organisationId().equals(municipalityId) && MUNICIPAL_KEEPERS.contains(m.role()));
    }

    /** IMP-1: the municipalities whose frameworks this person may read, by name. */
    @Transactional(readOnly = true)
    public Map<UUID, String> readableMunicipalities(AccountPrincipal person) {
        var readable = new LinkedHashMap<UUID, String>();
        var all = organisations.all();
        var ids = isAdministrator(person) ? all.stream().map(Organisation::id).toList() : readableIds(person);
        all.stream()
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY && ids.contains(o.id()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(o -> readable.put(o.id(), o.name()));
        return readable;
    }

    /** IMP-1: whether this person may read the municipality's frameworks. */
    public boolean mayReadFramework(UUID municipalityId, AccountPrincipal person) {
        return readableMunicipalities(person).containsKey(municipalityId);
    }

    /** IMP-3: the organisation (or municipality), or {@link ChecklistNotFound} when it does not exist. */
    public Organisation organisation(UUID id) {
        return organisations.find(id).orElseThrow(ChecklistNotFound::new);
    }

    /** IMP-3: whether this person may start and keep the checklists of the organisation. */
    @Transactional(readOnly = true)
    public boolean mayKeepChecklists(UUID organisationId, AccountPrincipal person) {
        if (isAdministrator(person)) {
            return true;
        }
        var keepers = organisation(organisationId).kind() == OrganisationKind.MUNICIPALITY
                ? MUNICIPAL_KEEPERS
                : ORGANISATION_KEEPERS;
        return organisations.membershipsOf(person.id()).stream()
                .anyMatch(m -> m.organisationId().equals(organisationId) && keepers.contains(m.role()));
    }

    /** IMP-3: whether this person may read the checklists of the organisation. */
    @Transactional(readOnly = true)
    public boolean mayReadChecklists(UUID organisationId, AccountPrincipal person) {
        return isAdministrator(person)
                || organisations.membershipsOf(person.id()).stream()
                        .anyMatch(m -> m.organisationId().equals(organisationId));
    }

    /** IMP-3: the organisations whose checklists this person may read (administrators: every one), by name. */
    @Transactional(readOnly = true)
    public Map<UUID, String> checklistOrganisations(AccountPrincipal person) {
        var found = new LinkedHashMap<UUID, String>();
        if (isAdministrator(person)) {
            organisations.all().stream()
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                    .forEach(o -> found.put(o.id(), o.name()));
        } else {
            organisations.membershipsOf(person.id()).forEach(m -> found.put(m.organisationId(), m.organisationName()));
        }
        return found;
    }

    private Set<UUID> readableIds(AccountPrincipal person) {
        var ids = new java.util.HashSet<UUID>();
        for (var membership : organisations.membershipsOf(person.id())) {
            organisations.find(membership.organisationId()).ifPresent(o -> {
                ids.add(o.id());
                if (o.municipalityId() != null) {
                    ids.add(o.municipalityId());
                }
            });
        }
        // Professionals in the team of a household of the municipality (published views V36, V61).
        ids.addAll(jdbc.sql("""
                        select distinct h.municipality_id from team_account_v t
                        join household_municipality_v h on h.household_id = t.household_id
                        where t.account_id = ? and t.kind = 'PROFESSIONAL' and h.municipality_id is not null
                        """).param(person.id()).query(UUID.class).list());
        return ids;
    }
}
