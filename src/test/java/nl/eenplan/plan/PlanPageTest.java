package nl.eenplan.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The Jansen family, registered by Hanna Hulp of a youth-care provider, and the people around
 * them, for the tests of the plan pages. Everything is built through the domain's own services;
 * Sanne consents to sharing the plan with Hanna (C-1), other professionals get it where a test says.
 */
abstract class PlanPageTest extends EenPlanTest {

    static final String PASSWORD = "een lange zin als wachtwoord";
    static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Autowired
    PlanVersions planVersions;

    @Autowired
    GoalEvaluation goalEvaluation;

    @Autowired
    CaseOpening cases;

    @Autowired
    PlanEditing planEditing;

    @Autowired
    PlanReading planReading;

    @Autowired
    PlanEstablishing planEstablishing;

    @Autowired
    PlanAccess access;

    @Autowired
    Team team;

    @Autowired
    Coordinations coordinations;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    Organisation provider;
    AccountPrincipal hanna;
    UUID household;
    String familyName;

    @BeforeEach
    void theJansenFamily() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var municipality = organisations.found("Gemeente " + suffix, OrganisationKind.MUNICIPALITY, null);
        provider = organisations.found("Jeugdzorg " + suffix, OrganisationKind.PROVIDER, municipality.id());
        hanna = staff("Hanna Hulp");
        familyName = "Jansen" + suffix;
        household = cases.open(
                hanna,
                new NewHousehold(
                        "Gezin " + familyName,
                        municipality.id(),
                        "Dorpsstraat 1",
                        "1234 AB",
                        "Gouda",
                        List.of(NewMember.born("Sanne", familyName, LocalDate.of(1988, 4, 2), "moeder"))));
        // C-1: Sanne consents to sharing her plan with Hanna, who registered the family.
        shareWholePlanWith(household, hanna.id());
    }

    /**
     * Today in Dutch time: the day the fixture's consent starts, so the day to ask what is shared. The plan's own
     * dates stay fixed around {@link #START}.
     */
    LocalDate today() {
        return DutchTime.today(clock);
    }

    String plan() {
        return "/households/" + household + "/plan";
    }

    /** Tab 2 of the plan: goals, actions, agreeing and establishing. */
    String approach() {
        return plan() + "/approach";
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

    static RequestPostProcessor as(AccountPrincipal person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                person, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
    }

    Viewer viewer(AccountPrincipal person) {
        return access.viewer(household, person);
    }

    Participant hannaInTeam() {
        return team.participationOf(household, hanna.id()).orElseThrow();
    }

    Participant mother() {
        return team.of(household).stream()
                .filter(p -> p.kind() == ParticipantKind.HOUSEHOLD_MEMBER)
                .findFirst()
                .orElseThrow();
    }

    /** Grandma, who helps out: a network member who logs in. */
    Participant networkMember(AccountPrincipal account) {
        return team.add(
                household,
                new NewParticipant(
                        ParticipantKind.NETWORK,
                        null,
                        null,
                        account.displayName(),
                        "oma van Sara",
                        Set.of(),
                        null,
                        account.email(),
                        true,
                        false,
                        false,
                        null),
                account.id());
    }

    /** The family doctor: no active part in the plan, receives a copy (H-2, H-3). */
    Participant copyRecipient(String name, String email, UUID accountId) {
        return team.add(
                household,
                new NewParticipant(
                        ParticipantKind.PROFESSIONAL,
                        null,
                        provider.id(),
                        name,
                        "huisarts",
                        Set.of(),
                        null,
                        email,
                        false,
                        true,
                        false,
                        null),
                accountId);
    }

    /** the household chooses Hanna as coordinator. */
    void hannaCoordinates() {
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        hannaInTeam().id(),
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

    UUID goal(String title) {
        return planEditing.addGoal(household, viewer(hanna), version(), title);
    }

    UUID action(UUID goal, String what, Participant... who) {
        var ids = who.length == 0
                ? Set.of(hannaInTeam().id())
                : Set.copyOf(Arrays.stream(who).map(Participant::id).toList());
        return planEditing.addAction(
                household,
                viewer(hanna),
                version(),
                goal,
                new NewAction(what, ids, START, START.plusWeeks(4), START.plusWeeks(6)));
    }

    int establish() {
        return planEstablishing.establish(household, viewer(hanna), version());
    }

    /** The plan's version for optimistic locking, as a form on the page carries it. */
    int version() {
        return jdbc.sql("select version from plan where household_id = ? order by created_at desc limit 1")
                .param(household)
                .query(Integer.class)
                .single();
    }

    int goalCount() {
        return jdbc.sql("select count(*) from goal g join plan p on p.id = g.plan_id where p.household_id = ?")
                .param(household)
                .query(Integer.class)
                .single();
    }

    List<String> auditEvents(AccountPrincipal person) {
        return jdbc.sql("select event from audit_entry where household_id = ? and account_id = ? order by id")
                .params(household, person.id())
                .query(String.class)
                .list();
    }
}
