package nl.eenplan.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.identity.AccountActivity;
import nl.eenplan.identity.AccountAdministration;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountSummary;
import nl.eenplan.identity.StaffAuthorities;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and who holds which staff role in them. */
@Service
public class OrganisationDirectory implements StaffAuthorities {

    /** Read on every API call (the token's authorities): mapped by hand, not by reflection. */
    private static final RowMapper<StaffMembership> MEMBERSHIP = (row, number) -> new StaffMembership(
            row.getObject("account_id", UUID.class),
            row.getObject("organisation_id", UUID.class),
            row.getString("organisation_name"),
            StaffRole.valueOf(row.getString("role")));

    private final Organisations organisations;
    private final AccountDirectory accounts;
    private final AccountAdministration administration;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationDirectory(
            Organisations organisations,
            AccountDirectory accounts,
            AccountAdministration administration,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.administration = administration;
        this.jdbc = jdbc;
        this.events = events;
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

    /**
     * Renames an organisation and sets the municipality it belongs to, if the administrator saw
     * the version that is stored; logged.
     *
     * @throws OrganisationChanged when someone else changed it since
     * @throws OrganisationNameTaken when another organisation has that name
     */
    @Transactional
    public Organisation edit(UUID adminId, UUID id, int version, String name, UUID municipalityId) {
        var organisation = organisations.findById(id).orElseThrow(OrganisationNotFound::new);
        if (organisation.version() != version) {
            throw new OrganisationChanged();
        }
        if (!organisation.name().equalsIgnoreCase(name.strip()) && organisations.existsByName(name.strip())) {
            throw new OrganisationNameTaken();
        }
        if (municipalityId != null
                && (municipalityId.equals(id)
                        || organisations
                                .findById(municipalityId)
                                .filter(m -> m.kind() == OrganisationKind.MUNICIPALITY)
                                .isEmpty())) {
            throw new IllegalArgumentException("not a municipality");
        }
        organisation.edit(name, municipalityId);
        var saved = organisations.save(organisation);
        events.publishEvent(new AccountActivity(adminId, "ORGANISATION_EDITED", "organisation", id.toString(), null));
        return saved;
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

    /**
     * An administrator gives a person a staff role, or takes one away, naming the account version
     * they saw (the account's version guards its roles too); logged.
     */
    @Transactional
    public void changeRole(
            UUID adminId, UUID accountId, int version, UUID organisationId, StaffRole role, boolean hold) {
        var organisation = organisations.findById(organisationId).orElseThrow(OrganisationNotFound::new);
        var account = accounts.find(accountId).orElseThrow(OrganisationNotFound::new);
        if (hold && account.kind() != AccountKind.STAFF) {
            throw new IllegalArgumentException("only staff hold staff roles");
        }
        administration.claim(accountId, version);
        if (hold) {
            assign(accountId, organisation.id(), role);
        } else {
            requireAnother(organisation, accountId, role);
            jdbc.sql("delete from staff_role where account_id = ? and organisation_id = ? and role = ?")
                    .params(accountId, organisation.id(), role.name())
                    .update();
        }
        events.publishEvent(AccountActivity.onAccount(
                adminId,
                hold ? "STAFF_ROLE_GIVEN" : "STAFF_ROLE_TAKEN",
                accountId,
                role.name() + " " + organisation.id()));
    }

    /** IMP-2: the last attention officer of an organisation, or a municipality's last agenda holder, stays. */
    private void requireAnother(Organisation organisation, UUID accountId, StaffRole role) {
        var required = role == StaffRole.ATTENTION_OFFICER
                || (role == StaffRole.AGENDA_HOLDER && organisation.kind() == OrganisationKind.MUNICIPALITY);
        if (!required) {
            return;
        }
        var others = jdbc.sql("""
                        select count(*) from staff_role where organisation_id = ? and role = ? and account_id <> ?
                        """)
                .params(organisation.id(), role.name(), accountId)
                .query(Integer.class)
                .single();
        var holds = jdbc.sql(
                        "select count(*) from staff_role where organisation_id = ? and role = ? and account_id = ?")
                .params(organisation.id(), role.name(), accountId)
                .query(Integer.class)
                .single();
        if (holds > 0 && others == 0) {
            throw new RoleRequired(
                    role == StaffRole.ATTENTION_OFFICER
                            ? "people.role.lastAttentionOfficer"
                            : "people.role.lastAgendaHolder");
        }
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
                        """).param(accountId).query(MEMBERSHIP).list();
    }

    @Transactional(readOnly = true)
    public List<StaffMembership> allMemberships() {
        return jdbc.sql("""
                        select s.account_id, s.organisation_id, o.name as organisation_name, s.role
                        from staff_role s join organisation o on o.id = s.organisation_id
                        order by o.name, s.role
                        """).query(MEMBERSHIP).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> of(UUID accountId) {
        return membershipsOf(accountId).stream().map(m -> m.role().authority()).collect(Collectors.toSet());
    }
}
