package nl.eenplan.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.Planning;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Bakker family for the access-log tests, registered by Hanna Hulp of a youth-care provider:
 * Sanne (mother, with parental authority over both children), Karim (father, without), Sara (12)
 * and Daan (17). Sanne logs in through her place in the team, Karim through the household register.
 */
abstract class AuditTest extends EenPlanTest {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    CaseOpening cases;

    @Autowired
    Planning planning;

    @Autowired
    PlanAccess access;

    @Autowired
    Team team;

    @Autowired
    HouseholdRegister households;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    Organisation municipality;
    Organisation provider;
    AccountPrincipal hanna;
    AccountPrincipal sanne;
    AccountPrincipal karim;
    UUID household;
    String familyName;

    @BeforeEach
    void theBakkerFamily() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        municipality = organisations.found("Gemeente " + suffix, OrganisationKind.MUNICIPALITY, null);
        provider = organisations.found("Jeugdzorg " + suffix, OrganisationKind.PROVIDER, municipality.id());
        hanna = staff("Hanna Hulp");
        familyName = "Bakker" + suffix;
        var today = LocalDate.now();
        household = cases.open(
                hanna,
                new NewHousehold(
                        "Gezin " + familyName,
                        municipality.id(),
                        "Dorpsstraat 1",
                        "1234 AB",
                        "Gouda",
                        List.of(
                                NewMember.born("Sanne", familyName, LocalDate.of(1988, 4, 2), "moeder"),
                                NewMember.born("Karim", familyName, LocalDate.of(1986, 1, 9), "vader"),
                                NewMember.born(
                                        "Sara", familyName, today.minusYears(12).minusDays(3), "dochter"),
                                NewMember.born(
                                        "Daan", familyName, today.minusYears(17).minusDays(3), "zoon"))));
        households.grantParentalAuthority(member("Sara").id(), member("Sanne").id());
        households.grantParentalAuthority(member("Daan").id(), member("Sanne").id());
        // C-1: the family consents to sharing the plan with Hanna, who registered them.
        shareWholePlanWith(household, hanna.id());
        sanne = citizen("Sanne " + familyName);
        team.linkAccount(participant("Sanne").id(), sanne.id());
        karim = citizen("Karim " + familyName);
        households.linkAccount(member("Karim").id(), karim.id());
    }

    AccountPrincipal staff(String name) {
        var account = accounts.createActive(uniqueEmail("staf"), name, AccountKind.STAFF, PASSWORD);
        organisations.assign(account.id(), provider.id(), StaffRole.PROFESSIONAL);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    AccountPrincipal citizen(String name) {
        var account = accounts.createActive(uniqueEmail("burger"), name, AccountKind.CITIZEN, PASSWORD);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    AccountPrincipal administrator() {
        var account = accounts.createActive(uniqueEmail("beheer"), "Bram Beheer", AccountKind.ADMINISTRATOR, PASSWORD);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    static RequestPostProcessor as(AccountPrincipal person) {
        var authorities = person.kind() == AccountKind.ADMINISTRATOR
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(person, null, authorities));
    }

    Member member(String givenName) {
        return households.members(household).stream()
                .filter(m -> m.givenName().equals(givenName))
                .findFirst()
                .orElseThrow();
    }

    Participant participant(String givenName) {
        return team.of(household).stream()
                .filter(p -> p.name().startsWith(givenName + " "))
                .findFirst()
                .orElseThrow();
    }

    /** Hanna looks at the plan, as the plan page does. */
    void hannaReadsThePlan() {
        planning.current(household, access.viewer(household, hanna));
    }

    /** An access by this person about one member of the household, as a module would record it. */
    void accessAbout(AccountPrincipal person, String event, String givenName) {
        transactions.executeWithoutResult(
                status -> audit.record(new AuditEvent(person.id(), null, event, "member", null, household, null)
                        .about(member(givenName).id())));
    }

    List<String> events(AccountPrincipal person) {
        return jdbc.sql("select event from audit_entry where household_id = ? and account_id = ? order by id")
                .params(household, person.id())
                .query(String.class)
                .list();
    }

    long lastEntryId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry")
                .query(Long.class)
                .single();
    }
}
