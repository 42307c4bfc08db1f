package nl.eenplan.escalation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanReading;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The De Vries family in a municipality, with Hanna Hulp (youth care, coordinator) and Peter Traag
 * (debt help), who does not keep his agreement; their managers Mia and Bram; Carla, the municipal
 * contact point; and an unrelated manager. Built through the domain's own services.
 */
abstract class EscalationTest extends EenPlanTest {

    static final String PASSWORD = "een lange zin als wachtwoord";
    /** Peter's action was due on Monday 1 February 2027; on Monday 1 March he is 20 working days late. */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Autowired
    PlanReading planReading;

    @Autowired
    CaseOpening cases;

    @Autowired
    PlanEditing planEditing;

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
    StagnationSignals signals;

    @Autowired
    EscalationProgress progress;

    @Autowired
    DeEscalation deEscalation;

    @Autowired
    EscalationParties parties;

    @Autowired
    LadderSettings settings;

    @Autowired
    Escalations escalations;

    @Autowired
    EscalationReading reading;

    Organisation municipality;
    Organisation youthCare;
    Organisation debtHelp;
    AccountPrincipal hanna;
    AccountPrincipal peter;
    AccountPrincipal mia;
    AccountPrincipal bram;
    AccountPrincipal carla;
    AccountPrincipal otherManager;
    UUID household;
    UUID goal;
    UUID action;
    String familyName;

    @BeforeEach
    void theDeVriesFamily() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        municipality = organisations.found("Gemeente " + suffix, OrganisationKind.MUNICIPALITY, null);
        youthCare = organisations.found("Jeugdzorg " + suffix, OrganisationKind.PROVIDER, municipality.id());
        debtHelp = organisations.found("Schuldhulp " + suffix, OrganisationKind.PROVIDER, municipality.id());
        var elsewhere = organisations.found("Elders " + suffix, OrganisationKind.PROVIDER, municipality.id());
        hanna = staff("Hanna Hulp", youthCare, StaffRole.PROFESSIONAL);
        peter = staff("Peter Traag", debtHelp, StaffRole.PROFESSIONAL);
        mia = staff("Mia Manager", youthCare, StaffRole.MANAGER);
        bram = staff("Bram Baas", debtHelp, StaffRole.MANAGER);
        carla = staff("Carla Contact", municipality, StaffRole.MUNICIPAL_CONTACT_POINT);
        otherManager = staff("Otto Anders", elsewhere, StaffRole.MANAGER);
        familyName = "De Vries " + suffix;
        household = cases.open(
                hanna,
                new NewHousehold(
                        "Gezin " + familyName,
                        municipality.id(),
                        "Kerkstraat 3",
                        "2801 AB",
                        "Gouda",
                        List.of(NewMember.born("Eva", familyName, LocalDate.of(1990, 6, 1), "moeder"))));
        team.add(household, professional(peter, debtHelp, "schuldhulpverlener"), peter.id());
        shareWholePlanWith(household, hanna.id(), peter.id());
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        participant(hanna).id(),
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
        goal = planEditing.addGoal(household, access.viewer(household, hanna), planVersion(), "Schulden op orde");
        action = action("Aanvraag schuldhulp indienen", participant(peter));
    }

    AccountPrincipal staff(String name, Organisation organisation, StaffRole role) {
        var account = accounts.createActive(uniqueEmail("staf"), name, AccountKind.STAFF, PASSWORD);
        organisations.assign(account.id(), organisation.id(), role);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    static NewParticipant professional(AccountPrincipal person, Organisation organisation, String relation) {
        return new NewParticipant(
                ParticipantKind.PROFESSIONAL,
                null,
                organisation.id(),
                person.displayName(),
                relation,
                Set.of(),
                null,
                person.email(),
                true,
                false,
                false,
                null);
    }

    UUID action(String what, Participant who) {
        return planEditing.addAction(
                household,
                access.viewer(household, hanna),
                planVersion(),
                goal,
                new NewAction(what, Set.of(who.id()), START, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 1)));
    }

    Participant participant(AccountPrincipal person) {
        return team.participationOf(household, person.id()).orElseThrow();
    }

    Participant mother() {
        return team.of(household).stream()
                .filter(p -> p.kind() == ParticipantKind.HOUSEHOLD_MEMBER)
                .findFirst()
                .orElseThrow();
    }

    int planVersion() {
        return jdbc.sql("select version from plan where household_id = ? order by created_at desc limit 1")
                .param(household)
                .query(Integer.class)
                .single();
    }

    /** Hanna signals that Peter does not keep his agreement: step 1 starts on {@link #TODAY}. */
    Escalation petersEscalation() {
        var id = signals.signal(
                household,
                hanna.id(),
                new NewStagnation(action, participant(peter).id(), "Geen reactie", null),
                TODAY);
        return found(id);
    }

    /** The escalation as stored, read without an access log entry. */
    Escalation found(UUID id) {
        return escalations.find(id).orElseThrow();
    }

    /** The owner records no commitment and the case goes up one step. */
    Escalation noCommitmentAndUp(Escalation e, AccountPrincipal owner, AccountPrincipal raiser) {
        progress.recordOutcome(
                household,
                e.id(),
                owner.id(),
                e.version(),
                new StepOutcome(Outcome.NO_COMMITMENT, null, null, null, null, "Geen toezegging"),
                TODAY);
        var recorded = found(e.id());
        progress.raise(household, e.id(), raiser.id(), recorded.version(), e.currentStep() + 1, null, null, TODAY);
        return found(e.id());
    }

    List<String> auditEvents(AccountPrincipal person) {
        return jdbc.sql("select event from audit_entry where household_id = ? and account_id = ? order by id")
                .params(household, person.id())
                .query(String.class)
                .list();
    }

    static RequestPostProcessor as(AccountPrincipal person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                person, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
    }
}
