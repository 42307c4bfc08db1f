package nl.eenplan.organisation;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a staff role where: the managers of an organisation (E-2, E-3), the municipal contact
 * points of a municipality (E-4).
 */
@Service
public class StaffRoster {

    private static final String SELECT = """
            select s.account_id, s.organisation_id, o.name as organisation_name, s.role
            from staff_role s join organisation o on o.id = s.organisation_id
            """;

    private final JdbcClient jdbc;

    StaffRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The people with this role in this organisation. */
    @Transactional(readOnly = true)
    public List<StaffMembership> holders(UUID organisationId, StaffRole role) {
        return jdbc.sql(SELECT + " where s.organisation_id = ? and s.role = ? order by s.account_id")
                .params(organisationId, role.name())
                .query(StaffMembership.class)
                .list();
    }

    /**
     * The people with this role in the municipality itself or in an organisation that belongs to it
     * (an access team, a provider).
     */
    @Transactional(readOnly = true)
    public List<StaffMembership> holdersInMunicipality(UUID municipalityId, StaffRole role) {
        return jdbc.sql(SELECT + " where (o.id = ? or o.municipality_id = ?) and s.role = ? order by s.account_id")
                .params(municipalityId, municipalityId, role.name())
                .query(StaffMembership.class)
                .list();
    }

    /** The municipalities in which this person holds the role (directly or through an organisation of it). */
    @Transactional(readOnly = true)
    public List<UUID> municipalitiesOf(UUID accountId, StaffRole role) {
        return jdbc.sql("""
                        select distinct coalesce(o.municipality_id, o.id) from staff_role s
                        join organisation o on o.id = s.organisation_id
                        where s.account_id = ? and s.role = ? and (o.kind = 'MUNICIPALITY' or o.municipality_id is not null)
                        """).params(accountId, role.name()).query(UUID.class).list();
    }

    /** The organisations in which this person holds the role. */
    @Transactional(readOnly = true)
    public List<UUID> organisationsOf(UUID accountId, StaffRole role) {
        return jdbc.sql("select organisation_id from staff_role where account_id = ? and role = ?")
                .params(accountId, role.name())
                .query(UUID.class)
                .list();
    }

    /**
     * IMP-2: every organisation without an attention officer, and every municipality without an agenda
     * holder, by name.
     */
    @Transactional(readOnly = true)
    public List<RoleGap> gaps() {
        return jdbc.sql("""
                        select o.id as organisation_id, o.name as organisation_name, r.role as missing
                        from organisation o
                        cross join (values ('ATTENTION_OFFICER'), ('AGENDA_HOLDER')) as r (role)
                        where (r.role = 'ATTENTION_OFFICER' or o.kind = 'MUNICIPALITY')
                          and not exists (select 1 from staff_role s where s.organisation_id = o.id and s.role = r.role)
                        order by lower(o.name), r.role
                        """).query(RoleGap.class).list();
    }

    /** IMP-2: what this organisation lacks of the roles the method asks of it. */
    @Transactional(readOnly = true)
    public List<RoleGap> gapsOf(UUID organisationId) {
        return gaps().stream()
                .filter(g -> g.organisationId().equals(organisationId))
                .toList();
    }

    /** Whether this person holds any role in this organisation. */
    @Transactional(readOnly = true)
    public boolean worksIn(UUID accountId, UUID organisationId) {
        return jdbc.sql("select count(*) > 0 from staff_role where account_id = ? and organisation_id = ?")
                .params(accountId, organisationId)
                .query(Boolean.class)
                .single();
    }
}
