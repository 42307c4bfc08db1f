package nl.eenplan.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountSummary;
import nl.eenplan.identity.StaffAuthorities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and who holds which staff role in them. */
@Service
public class OrganisationDirectory implements StaffAuthorities {

    private final Organisations organisations;
    private final AccountDirectory accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    OrganisationDirectory(Organisations organisations, AccountDirectory accounts, JdbcClient jdbc, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Organisation found(String name, OrganisationKind kind, UUID municipalityId) {
        if (organisations.existsByName(name.strip())) {
            throw new OrganisationNameTaken();
        }
        if (municipalityId != null
                && organisations
                        .findById(municipalityId)
                        .filter(m -> m.kind() == OrganisationKind.MUNICIPALITY)
                        .isEmpty()) {
            throw new IllegalArgumentException("not a municipality");
        }
        return organisations.save(Organisation.found(name, kind, municipalityId, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Organisation> all() {
        return organisations.findAllOrdered();
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(UUID id) {
        return organisations.findById(id);
    }

    /** Invites a staff member by e-mail and gives them a role in an organisation, in one step. */
    @Transactional
    public AccountSummary inviteStaff(String email, String name, UUID organisationId, StaffRole role, UUID invitedBy) {
        var organisation = organisations.findById(organisationId).orElseThrow(IllegalArgumentException::new);
        var account = accounts.invite(email, name, AccountKind.STAFF, invitedBy);
        assign(account.id(), organisation.id(), role);
        return account;
    }

    @Transactional
    public void assign(UUID accountId, UUID organisationId, StaffRole role) {
        jdbc.sql("insert into staff_role (account_id, organisation_id, role) values (?, ?, ?) on conflict do nothing")
                .params(accountId, organisationId, role.name())
                .update();
    }

    @Transactional(readOnly = true)
    public List<StaffMembership> membershipsOf(UUID accountId) {
        return jdbc.sql("""
                        select s.account_id, s.organisation_id, o.name as organisation_name, s.role
                        from staff_role s join organisation o on o.id = s.organisation_id
                        where s.account_id = ? order by o.name, s.role
                        """).param(accountId).query(StaffMembership.class).list();
    }

    @Transactional(readOnly = true)
    public List<StaffMembership> allMemberships() {
        return jdbc.sql("""
                        select s.account_id, s.organisation_id, o.name as organisation_name, s.role
                        from staff_role s join organisation o on o.id = s.organisation_id
                        order by o.name, s.role
                        """).query(StaffMembership.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> of(UUID accountId) {
        return membershipsOf(accountId).stream().map(m -> m.role().authority()).collect(Collectors.toSet());
    }
}
