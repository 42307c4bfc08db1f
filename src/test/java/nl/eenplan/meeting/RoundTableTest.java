package nl.eenplan.meeting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import com.icegreen.greenmail.util.GreenMail;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
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
 * The Jansen family around whom round tables are held: Hanna Hulp (youth care) registers them;
 * Piet Prof (debt counselling) and the mother Sanne, who logs in, take part; all is built through
 * the domain's own services.
 */
abstract class RoundTableTest extends EenPlanTest implements Mailbox {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    PlanEditing planEditing;

    @Autowired
    PlanReading planReading;

    @Autowired
    CaseOpening cases;

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
    RoundTables roundTables;

    @Autowired
    RoundTableInvitations invitations;

    @Autowired
    RoundTableMinutes minutes;

    @Autowired
    JdbcClient jdbc;

    Organisation provider;
    AccountPrincipal hanna;
    AccountPrincipal piet;
    AccountPrincipal sanne;
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
        piet = staff("Piet Prof");
        team.add(household, participant(ParticipantKind.PROFESSIONAL, piet, "schuldhulp", true), piet.id());
        shareWholePlanWith(household, hanna.id(), piet.id());
        sanne = citizen("Sanne " + familyName);
        var mother = mother();
        team.linkAccount(mother.id(), sanne.id());
        team.recordEmail(mother.id(), sanne.email());
    }

    String roundTables() {
        return "/households/" + household + "/round-tables";
    }

    String roundTable(UUID id) {
        return roundTables() + "/" + id;
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

    NewParticipant participant(ParticipantKind kind, AccountPrincipal person, String relation, boolean active) {
        return new NewParticipant(
                kind,
                null,
                kind == ParticipantKind.PROFESSIONAL ? provider.id() : null,
                person.displayName(),
                relation,
                Set.of(),
                null,
                person.email(),
                active,
                !active,
                false,
                null);
    }

    /** Grandma, who helps out: a network member who logs in. */
    Participant networkMember(AccountPrincipal person) {
        return team.add(household, participant(ParticipantKind.NETWORK, person, "oma van Sara", true), person.id());
    }

    static RequestPostProcessor as(AccountPrincipal person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                person, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
    }

    Viewer viewer(AccountPrincipal person) {
        return access.viewer(household, person);
    }

    Participant inTeam(AccountPrincipal person) {
        return team.participationOf(household, person.id()).orElseThrow();
    }

    Participant mother() {
        return team.of(household).stream()
                .filter(p -> p.kind() == ParticipantKind.HOUSEHOLD_MEMBER)
                .findFirst()
                .orElseThrow();
    }

    RoundTable find(UUID id) {
        return roundTables.detail(household, id, viewer(hanna)).roundTable();
    }

    /** Hanna takes the initiative today and plans the meeting on the first day of the window, 14:00-15:30. */
    UUID plannedRoundTable() {
        var id = roundTables.takeInitiative(household, viewer(hanna), null);
        var window = find(id).window();
        roundTables.plan(
                household,
                id,
                viewer(hanna),
                find(id).version(),
                new Schedule(
                        window.earliest(), LocalTime.of(14, 0), LocalTime.of(15, 30), "Wijkcentrum De Brug", false),
                inTeam(hanna).id(),
                inTeam(piet).id());
        return id;
    }

    void invite(UUID id, AccountPrincipal... people) {
        var ids = Arrays.stream(people).map(p -> inTeam(p).id()).collect(Collectors.toSet());
        invitations.invite(household, id, viewer(hanna), find(id).version(), ids);
    }

    @Override
    public GreenMail smtp() {
        return SMTP;
    }

    List<String> auditEvents(AccountPrincipal person) {
        return jdbc.sql("select event from audit_entry where household_id = ? and account_id = ? order by id")
                .params(household, person.id())
                .query(String.class)
                .list();
    }
}
