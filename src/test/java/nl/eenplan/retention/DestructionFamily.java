package nl.eenplan.retention;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.CloseReason;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanClosing;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * earlier destruction on request of a youth of 12 or older or a parent with parental authority,
 * decided by the coordinator with reasons. The family: Sanne (mother, with authority over both
 * children), Lisa (12 today), Noah (10) and grandpa Kees, who lives with them; Hanna coordinates.
 * Shared by the page tests and the browser journey.
 */
abstract class DestructionFamily extends EenPlanTest {

    protected static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    DestructionRequests requests;

    @Autowired
    DestructionRecords records;

    @Autowired
    CaseOpening cases;

    @Autowired
    HouseholdRegister households;

    @Autowired
    Team team;

    @Autowired
    Coordinations coordinations;

    @Autowired
    PlanAccess access;

    @Autowired
    PlanClosing planClosing;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    protected UUID household;
    protected AccountPrincipal hanna;
    protected AccountPrincipal sanne;
    protected AccountPrincipal lisa;
    protected AccountPrincipal noah;
    protected AccountPrincipal kees;

    @BeforeEach
    void aFamilyWithATwelveYearOld() {
        var today = LocalDate.now(DutchTime.ZONE);
        var municipality = organisations.found("Gemeente " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY, null);
        hanna = person("Hanna Hulp", AccountKind.STAFF);
        organisations.assign(hanna.id(), municipality.id(), StaffRole.PROFESSIONAL);
        household = cases.open(
                hanna,
                new NewHousehold(
                        "Gezin de Vries",
                        municipality.id(),
                        "Lindelaan 1",
                        "1234 AB",
                        "Gouda",
                        List.of(
                                NewMember.born("Sanne", "de Vries", LocalDate.of(1985, 6, 1), "moeder"),
                                NewMember.born("Lisa", "de Vries", today.minusYears(12), "dochter"),
                                NewMember.born("Noah", "de Vries", today.minusYears(10), "zoon"),
                                NewMember.born("Kees", "de Vries", LocalDate.of(1950, 2, 3), "opa"))));
        var members = households.members(household);
        households.grantParentalAuthority(members.get(1).id(), members.get(0).id());
        households.grantParentalAuthority(members.get(2).id(), members.get(0).id());
        sanne = citizen(members.get(0).id(), "Sanne de Vries");
        lisa = citizen(members.get(1).id(), "Lisa de Vries");
        noah = citizen(members.get(2).id(), "Noah de Vries");
        kees = citizen(members.get(3).id(), "Kees de Vries");
        shareWholePlanWith(household, hanna.id());
        var coordinator = team.participationOf(household, hanna.id()).orElseThrow();
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        coordinator.id(),
                        CoordinationForm.CASE_COORDINATION,
                        Set.of(),
                        null,
                        ChosenBy.HOUSEHOLD,
                        false,
                        false,
                        false),
                coordinations.of(household).version(),
                hanna.id(),
                false);
    }

    protected void closePlan() {
        var version = jdbc.sql("select version from plan where household_id = ? and status <> 'CLOSED'")
                .param(household)
                .query(Integer.class)
                .single();
        planClosing.close(household, access.viewer(household, hanna), version, CloseReason.HANDED_OVER);
    }

    protected int count(String sql) {
        return jdbc.sql(sql).param(household).query(Integer.class).single();
    }

    protected int events(String... names) {
        return jdbc.sql("select count(*) from audit_entry where household_id = ? and event = any (?)")
                .params(household, names)
                .query(Integer.class)
                .single();
    }

    protected AccountPrincipal citizen(UUID memberId, String name) {
        var person = person(name, AccountKind.CITIZEN);
        households.linkAccount(memberId, person.id());
        // The member takes part in the team with his own login, as after an invitation.
        team.of(household).stream()
                .filter(p -> memberId.equals(p.memberId()))
                .forEach(p -> team.linkAccount(p.id(), person.id()));
        return person;
    }

    protected AccountPrincipal person(String name, AccountKind kind) {
        var account = accounts.createActive(uniqueEmail("persoon"), name, kind, PASSWORD);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    protected String page() {
        return "/households/" + household + "/destruction";
    }

    protected static RequestPostProcessor as(AccountPrincipal person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                person, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
    }
}
