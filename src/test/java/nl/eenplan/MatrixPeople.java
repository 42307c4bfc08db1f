package nl.eenplan;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.household.HouseholdRegister;
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
import org.springframework.stereotype.Component;

/**
 * The people of the matrix (see {@link Actor}) with their accounts and roles in organisations, and how
 * they join a household's team. Display names hold no family name, so a page that greets its reader
 * never looks like a page that shows a household.
 */
@Component
class MatrixPeople {

    static final String PASSWORD = "een lange zin als wachtwoord";

    /** The organisations, one account per actor (none for anonymous), and Peter, whom an escalation is about. */
    record Cast(
            Organisation municipality,
            Organisation youthCare,
            Organisation debtHelp,
            Map<Actor, AccountPrincipal> people,
            AccountPrincipal peter) {

        AccountPrincipal get(Actor actor) {
            return people.get(actor);
        }
    }

    private final AccountDirectory accounts;
    private final OrganisationDirectory organisations;
    private final Team team;
    private final HouseholdRegister households;

    MatrixPeople(
            AccountDirectory accounts, OrganisationDirectory organisations, Team team, HouseholdRegister households) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.team = team;
        this.households = households;
    }

    Cast cast(String suffix) {
        var municipality = organisations.found("Gemeente " + suffix, OrganisationKind.MUNICIPALITY, null);
        var youthCare = organisations.found("Jeugdzorg " + suffix, OrganisationKind.PROVIDER, municipality.id());
        var debtHelp = organisations.found("Schuldhulp " + suffix, OrganisationKind.PROVIDER, municipality.id());
        var people = new EnumMap<Actor, AccountPrincipal>(Actor.class);
        people.put(Actor.HOUSEHOLD, account("Sanne Smit", AccountKind.CITIZEN));
        people.put(Actor.NETWORK, account("Oma Olga", AccountKind.CITIZEN));
        people.put(Actor.PROFESSIONAL, staff("Hanna Hulp", youthCare, StaffRole.PROFESSIONAL));
        people.put(Actor.NO_CONSENT, staff("Piet Zonder", youthCare, StaffRole.PROFESSIONAL));
        people.put(Actor.COPY_ONLY, staff("Dokter Kopie", youthCare, StaffRole.PROFESSIONAL));
        people.put(Actor.COLLEAGUE, staff("Cor Collega", youthCare, StaffRole.PROFESSIONAL));
        people.put(Actor.MANAGER, staff("Mia Manager", youthCare, StaffRole.MANAGER));
        people.put(Actor.CONTACT_POINT, staff("Carla Contact", municipality, StaffRole.MUNICIPAL_CONTACT_POINT));
        people.put(Actor.ADMINISTRATOR, account("Bram Beheer", AccountKind.ADMINISTRATOR));
        var peter = staff("Peter Traag", debtHelp, StaffRole.PROFESSIONAL);
        return new Cast(municipality, youthCare, debtHelp, Map.copyOf(people), peter);
    }

    /** A household member logs in: through his place in the team and in the household register. */
    void logsIn(UUID household, UUID memberId, AccountPrincipal person) {
        team.of(household).stream()
                .filter(p -> memberId.equals(p.memberId()))
                .findFirst()
                .ifPresent(p -> {
                    team.linkAccount(p.id(), person.id());
                    team.recordEmail(p.id(), person.email());
                });
        households.linkAccount(memberId, person.id());
    }

    /** A network member or professional joins the team; {@code active} false: he only receives a copy. */
    Participant join(
            UUID household, AccountPrincipal person, Organisation organisation, String relation, boolean active) {
        return team.add(
                household,
                new NewParticipant(
                        organisation == null ? ParticipantKind.NETWORK : ParticipantKind.PROFESSIONAL,
                        null,
                        organisation == null ? null : organisation.id(),
                        person.displayName(),
                        relation,
                        Set.of(),
                        null,
                        person.email(),
                        active,
                        !active,
                        false,
                        null),
                person.id());
    }

    AccountPrincipal account(String name, AccountKind kind) {
        var email = name.toLowerCase().replaceAll("[^a-z]", "") + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var account = accounts.createActive(email, name, kind, PASSWORD);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    AccountPrincipal staff(String name, Organisation organisation, StaffRole role) {
        var person = account(name, AccountKind.STAFF);
        organisations.assign(person.id(), organisation.id(), role);
        return person;
    }
}
