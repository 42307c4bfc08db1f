package nl.eenplan.caseload;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.household.HouseholdRegister;
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
import nl.eenplan.participation.NewParticipant;
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
 * Two municipalities, each with an access team and a provider. In Gouda, Hanna Hulp registered the
 * Jansen family (she takes part in its team); the De Boer family was registered without a team yet; Piet
 * is a professional of the same provider, in no team; Anna is Gouda's access team. In Delft, Bert
 * registered the Visser family and Dirk is Delft's access team. Sanne Jansen (a household member) and
 * Oma Riet (a network member) log in as citizens. Built through the domain's own services.
 */
abstract class CaseloadTest extends EenPlanTest {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    CaseOpening cases;

    @Autowired
    HouseholdRegister households;

    @Autowired
    Team team;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    Caseload caseload;

    @Autowired
    CaseAssignment assignment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.eenplan.testing.ConsentFixtures consents;

    @Autowired
    nl.eenplan.participation.ParentalAuthorities authorities;

    @Autowired
    nl.eenplan.participation.TeamViewers viewers;

    String suffix;
    Organisation gouda;
    Organisation goudaAccessTeam;
    Organisation goudaCare;
    Organisation delft;
    AccountPrincipal hanna;
    AccountPrincipal piet;
    AccountPrincipal anna;
    AccountPrincipal bert;
    AccountPrincipal dirk;
    AccountPrincipal sanne;
    AccountPrincipal riet;
    UUID jansen;
    UUID deBoer;
    UUID visser;

    @BeforeEach
    void twoMunicipalities() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        gouda = organisations.found("Gouda " + suffix, OrganisationKind.MUNICIPALITY, null);
        goudaAccessTeam = organisations.found("Toegang Gouda " + suffix, OrganisationKind.ACCESS_TEAM, gouda.id());
        goudaCare = organisations.found("Jeugdzorg Gouda " + suffix, OrganisationKind.PROVIDER, gouda.id());
        delft = organisations.found("Delft " + suffix, OrganisationKind.MUNICIPALITY, null);
        var delftAccessTeam = organisations.found("Toegang Delft " + suffix, OrganisationKind.ACCESS_TEAM, delft.id());
        var delftCare = organisations.found("Wijkteam Delft " + suffix, OrganisationKind.PROVIDER, delft.id());
        hanna = staff("Hanna Hulp", goudaCare, StaffRole.PROFESSIONAL);
        piet = staff("Piet Peters", goudaCare, StaffRole.PROFESSIONAL);
        anna = staff("Anna Toegang", goudaAccessTeam, StaffRole.ACCESS_TEAM_MEMBER);
        bert = staff("Bert Bakker", delftCare, StaffRole.PROFESSIONAL);
        dirk = staff("Dirk Toegang", delftAccessTeam, StaffRole.ACCESS_TEAM_MEMBER);
        jansen = cases.open(
                hanna,
                new NewHousehold(
                        "Gezin Jansen " + suffix,
                        gouda.id(),
                        "Dorpsstraat 1",
                        "2801 AB",
                        "Gouda",
                        List.of(
                                NewMember.born("Sanne", "Jansen", LocalDate.of(1988, 4, 2), "moeder"),
                                NewMember.born("Tim", "Jansen", LocalDate.of(2015, 3, 9), "zoon"))));
        // C-1: Sanne holds authority over Tim and consents for both to Hanna, who may then find them by
        // date of birth and postcode.
        var members = households.members(jansen);
        authorities.record(
                jansen,
                viewers.viewer(jansen, hanna.id()),
                members.get(1).id(),
                Set.of(members.get(0).id()));
        consents.shareWholePlanWith(jansen, hanna.id());
        deBoer = households
                .register(
                        "Gezin De Boer " + suffix,
                        gouda.id(),
                        "Kerkstraat 7",
                        "2802 CD",
                        "Gouda",
                        List.of(NewMember.born("Lotte", "de Boer", LocalDate.of(1992, 7, 14), "moeder")))
                .getFirst();
        visser = cases.open(
                bert,
                new NewHousehold(
                        "Gezin Visser " + suffix,
                        delft.id(),
                        "Markt 2",
                        "2611 GP",
                        "Delft",
                        List.of(NewMember.born("Iris", "Visser", LocalDate.of(2015, 3, 9), "dochter"))));
        sanne = citizen("Sanne Jansen");
        var mother = team.of(jansen).stream()
                .filter(p -> p.kind() == ParticipantKind.HOUSEHOLD_MEMBER)
                .findFirst()
                .orElseThrow();
        team.linkAccount(mother.id(), sanne.id());
        riet = citizen("Oma Riet");
        team.add(
                jansen,
                new NewParticipant(
                        ParticipantKind.NETWORK,
                        null,
                        null,
                        riet.displayName(),
                        "oma",
                        Set.of(),
                        null,
                        riet.email(),
                        true,
                        false,
                        false,
                        null),
                riet.id());
    }

    AccountPrincipal staff(String name, Organisation organisation, StaffRole role) {
        var account = accounts.createActive(uniqueEmail("staf"), name, AccountKind.STAFF, PASSWORD);
        organisations.assign(account.id(), organisation.id(), role);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    AccountPrincipal citizen(String name) {
        var account = accounts.createActive(uniqueEmail("burger"), name, AccountKind.CITIZEN, PASSWORD);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    static RequestPostProcessor as(AccountPrincipal person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                person,
                null,
                List.of(
                        new SimpleGrantedAuthority("ROLE_USER"),
                        new SimpleGrantedAuthority("ROLE_" + person.kind().name()))));
    }

    /** The names of the households this person finds with this search. */
    List<String> found(AccountPrincipal person, CaseQuery query) {
        return caseload.find(person, query).rows().stream().map(CaseRow::name).toList();
    }

    static CaseQuery text(String text) {
        return new CaseQuery(text, null, Set.of(), null, 1);
    }

    record Entry(String event, UUID householdId, String detail, String basis) {}

    List<Entry> logOf(AccountPrincipal person) {
        return jdbc.sql("select event, household_id, detail, basis from audit_entry where account_id = ? order by id")
                .param(person.id())
                .query(Entry.class)
                .list();
    }
}
