package nl.eenplan.consent;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
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
 * The De Vries family and the team around it, for the consent tests. Sanne (40) has parental
 * authority over Sara (11, turns 12 in half a year) and, with Mark (42), over Tim (14); Mark has no
 * authority over Sara. Hanna and Piet work for a youth-care provider, Karin for a debt counsellor;
 * grandma is a network member. Built through the household and team services, ages relative to today.
 */
abstract class ConsentTest extends EenPlanTest {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    HouseholdRegister households;

    @Autowired
    Team team;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ConsentRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    LocalDate today;
    String familyName;
    UUID household;
    UUID sanne;
    UUID mark;
    UUID sara;
    UUID tim;
    Organisation youthCare;
    Organisation debtCounselling;
    AccountPrincipal hanna;
    AccountPrincipal piet;
    AccountPrincipal karin;
    AccountPrincipal grandma;
    AccountPrincipal sanneAccount;
    AccountPrincipal markAccount;
    Participant hannaInTeam;
    Participant pietInTeam;
    Participant karinInTeam;

    @BeforeEach
    void theDeVriesFamily() {
        today = DutchTime.today(clock);
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var municipality = organisations.found("Gemeente " + suffix, OrganisationKind.MUNICIPALITY, null);
        youthCare = organisations.found("Jeugdzorg " + suffix, OrganisationKind.PROVIDER, municipality.id());
        debtCounselling = organisations.found("Schuldhulp " + suffix, OrganisationKind.PROVIDER, municipality.id());
        familyName = "Vries" + suffix;
        var ids = households.register(
                "Gezin De " + familyName,
                municipality.id(),
                "Dorpsstraat 1",
                "1234 AB",
                "Gouda",
                List.of(
                        NewMember.born("Sanne", familyName, today.minusYears(40), "moeder"),
                        NewMember.born("Mark", familyName, today.minusYears(42), "vader"),
                        NewMember.born("Sara", familyName, today.minusYears(11).minusMonths(6), "dochter"),
                        NewMember.born("Tim", familyName, today.minusYears(14), "zoon")));
        household = ids.get(0);
        sanne = ids.get(1);
        mark = ids.get(2);
        sara = ids.get(3);
        tim = ids.get(4);
        households.grantParentalAuthority(sara, sanne);
        households.grantParentalAuthority(tim, sanne);
        households.grantParentalAuthority(tim, mark);
        sanneAccount = citizen("Sanne " + familyName);
        markAccount = citizen("Mark " + familyName);
        member(sanne, "Sanne " + familyName, "moeder", sanneAccount);
        member(mark, "Mark " + familyName, "vader", markAccount);
        member(sara, "Sara " + familyName, "dochter", null);
        member(tim, "Tim " + familyName, "zoon", null);
        hanna = staff("Hanna Hulp", youthCare);
        piet = staff("Piet Peters", youthCare);
        karin = staff("Karin Krediet", debtCounselling);
        hannaInTeam = professional(hanna, youthCare, "jeugdhulpverlener");
        pietInTeam = professional(piet, youthCare, "gezinscoach");
        karinInTeam = professional(karin, debtCounselling, "schuldhulpverlener");
        grandma = citizen("Oma " + familyName);
        team.add(
                household,
                new NewParticipant(
                        ParticipantKind.NETWORK,
                        null,
                        null,
                        grandma.displayName(),
                        "oma",
                        Set.of(),
                        null,
                        grandma.email(),
                        true,
                        false,
                        false,
                        null),
                grandma.id());
    }

    Member member(UUID id) {
        return households.members(household).stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** A consent about Sara from Sanne, for Hanna, about the plan, for two years from today. */
    NewConsent saraForHanna(ConsentManner manner) {
        return new NewConsent(
                sara,
                "Hulp van school en jeugdzorg afstemmen",
                Set.of(InformationCategory.PLAN),
                Set.of(Recipient.participant(hannaInTeam.id())),
                Set.of(sanne),
                manner,
                today,
                today.plusYears(2));
    }

    AccountPrincipal staff(String name, Organisation organisation) {
        var account = accounts.createActive(uniqueEmail("staf"), name, AccountKind.STAFF, PASSWORD);
        organisations.assign(account.id(), organisation.id(), StaffRole.PROFESSIONAL);
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

    List<String> auditEvents(AccountPrincipal person) {
        return jdbc.sql("select event from audit_entry where household_id = ? and account_id = ? order by id")
                .params(household, person.id())
                .query(String.class)
                .list();
    }

    int versionOf(UUID consentId) {
        return jdbc.sql("select version from consent where id = ?")
                .param(consentId)
                .query(Integer.class)
                .single();
    }

    private void member(UUID memberId, String name, String relation, AccountPrincipal account) {
        team.add(
                household,
                NewParticipant.householdMember(memberId, name, relation, true),
                account == null ? null : account.id());
        if (account != null) {
            households.linkAccount(memberId, account.id());
        }
    }

    private Participant professional(AccountPrincipal account, Organisation organisation, String relation) {
        return team.add(
                household,
                new NewParticipant(
                        ParticipantKind.PROFESSIONAL,
                        null,
                        organisation.id(),
                        account.displayName(),
                        relation,
                        Set.of(),
                        null,
                        account.email(),
                        true,
                        true,
                        false,
                        null),
                account.id());
    }
}
