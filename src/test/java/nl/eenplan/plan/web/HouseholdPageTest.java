package nl.eenplan.plan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.LegalRole;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The people and households the page tests need: professionals of a youth-care provider in a new
 * municipality, citizens, and the Jansen family registered by a professional.
 */
abstract class HouseholdPageTest extends EenPlanTest {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    CaseOpening cases;

    @Autowired
    HouseholdRegister households;

    @Autowired
    Team team;

    @Autowired
    Coordinations coordinations;

    Organisation municipality;
    Organisation provider;

    /** Someone logged in: who, and how MockMvc sends the request as them. */
    record Person(AccountPrincipal principal, RequestPostProcessor login) {

        UUID id() {
            return principal.id();
        }

        String email() {
            return principal.email();
        }
    }

    @BeforeEach
    void organisations() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        municipality = organisations.found("Gemeente " + suffix, OrganisationKind.MUNICIPALITY, null);
        provider = organisations.found("Jeugdzorg " + suffix, OrganisationKind.PROVIDER, municipality.id());
    }

    /** A staff member with these roles in an organisation (none: a staff member without organisation). */
    Person staff(String name, Organisation organisation, StaffRole... roles) {
        var account =
                accounts.createActive(uniqueEmail(name.split(" ")[0].toLowerCase()), name, AccountKind.STAFF, PASSWORD);
        var authorities = new ArrayList<GrantedAuthority>(
                List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_STAFF")));
        for (var role : roles) {
            organisations.assign(account.id(), organisation.id(), role);
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        return person(account.id(), account.email(), name, AccountKind.STAFF, authorities);
    }

    Person professional(String name) {
        return staff(name, provider, StaffRole.PROFESSIONAL);
    }

    Person citizen(String name) {
        var account = accounts.createActive(
                uniqueEmail(name.split(" ")[0].toLowerCase()), name, AccountKind.CITIZEN, PASSWORD);
        return person(
                account.id(),
                account.email(),
                name,
                AccountKind.CITIZEN,
                List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_CITIZEN")));
    }

    /** The Jansen family: a mother and her son of 13, registered by this professional. */
    UUID registerFamily(Person professional, String name) {
        return cases.open(
                professional.principal(),
                new NewHousehold(
                        name,
                        municipality.id(),
                        "Dorpsstraat 1",
                        "1234 AB",
                        "Gouda",
                        List.of(
                                NewMember.born("Sanne", "Jansen", LocalDate.of(1988, 4, 2), "moeder"),
                                NewMember.born(
                                        "Michael", "Jansen", LocalDate.now().minusYears(13), "zoon"))));
    }

    /**
     * The Jansen family registered by this professional, as the team page and the consent page leave
     * it once the family agreed: Sanne has parental authority over Michael, and both consented to
     * sharing the plan with the professional (C-1).
     */
    UUID consentedFamily(Person professional, String name) {
        var householdId = registerFamily(professional, name);
        households.grantParentalAuthority(
                member(householdId, "Michael").id(),
                member(householdId, "Sanne").id());
        shareWholePlanWith(householdId, professional.id());
        return householdId;
    }

    Participant addNetworkMember(UUID householdId, String name, String relation, UUID accountId) {
        return team.add(
                householdId,
                new NewParticipant(
                        ParticipantKind.NETWORK,
                        null,
                        null,
                        name,
                        relation,
                        Set.of(),
                        "06 11112222",
                        uniqueEmail("netwerk"),
                        true,
                        false,
                        false,
                        null),
                accountId);
    }

    Participant addProfessional(
            UUID householdId, String name, String email, boolean enforcing, LegalRole legalRole, UUID accountId) {
        return team.add(
                householdId,
                new NewParticipant(
                        ParticipantKind.PROFESSIONAL,
                        null,
                        provider.id(),
                        name,
                        "hulpverlener",
                        Set.of(),
                        null,
                        email,
                        true,
                        true,
                        enforcing,
                        legalRole),
                accountId);
    }

    Participant participant(UUID householdId, String name) {
        return team.of(householdId).stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    Member member(UUID householdId, String givenName) {
        return households.members(householdId).stream()
                .filter(m -> m.givenName().equals(givenName))
                .findFirst()
                .orElseThrow();
    }

    static String uniqueName(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private static Person person(
            UUID id, String email, String name, AccountKind kind, List<? extends GrantedAuthority> authorities) {
        var principal = new AccountPrincipal(id, email, name, kind);
        return new Person(
                principal,
                authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities)));
    }
}
