package nl.eenplan.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.ComplexityCriterion;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.plan.Tab1;
import nl.eenplan.testing.ConsentFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * MON-1, MON-2: a municipality whose figures come only from the modules' own use cases, built once: ten
 * households opened by Hanna of a provider, all in case coordination (five simple, five complex, R-3);
 * five plans rest on a family-group plan (PL-8); for all ten a written plan was asked today, and the five
 * without a family-group plan are established today (PL-10). A contact point and an agenda holder of the
 * municipality, Hanna's manager, a contact point of another municipality, and a region of both.
 */
@Component
class DashboardFixture {

    static final String PASSWORD = "een lange zin als wachtwoord";

    /** What the tests address. */
    record World(
            UUID municipality,
            String municipalityName,
            UUID provider,
            UUID otherMunicipality,
            UUID region,
            AccountPrincipal hanna,
            AccountPrincipal contactPoint,
            AccountPrincipal agendaHolder,
            AccountPrincipal manager,
            AccountPrincipal otherContactPoint) {}

    private final OrganisationDirectory organisations;
    private final AccountDirectory accounts;
    private final CaseOpening cases;
    private final Coordinations coordinations;
    private final Team team;
    private final PlanAccess access;
    private final PlanEditing editing;
    private final PlanEstablishing establishing;
    private final ConsentFixtures consents;
    private final Regions regions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private World world;

    DashboardFixture(
            OrganisationDirectory organisations,
            AccountDirectory accounts,
            CaseOpening cases,
            Coordinations coordinations,
            Team team,
            PlanAccess access,
            PlanEditing editing,
            PlanEstablishing establishing,
            ConsentFixtures consents,
            Regions regions,
            JdbcClient jdbc,
            Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.cases = cases;
        this.coordinations = coordinations;
        this.team = team;
        this.access = access;
        this.editing = editing;
        this.establishing = establishing;
        this.consents = consents;
        this.regions = regions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    synchronized World world() {
        if (world == null) {
            world = build();
        }
        return world;
    }

    private World build() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var name = "Cijferstad " + suffix;
        var municipality = organisations.found(name, OrganisationKind.MUNICIPALITY, null);
        var other = organisations.found("Elders " + suffix, OrganisationKind.MUNICIPALITY, null);
        var provider = organisations.found("Jeugdhulp " + suffix, OrganisationKind.PROVIDER, municipality.id());
        var hanna = staff("hanna", "Hanna Hulp", provider.id(), StaffRole.PROFESSIONAL);
        var contactPoint = staff("contact", "Carla Contact", municipality.id(), StaffRole.MUNICIPAL_CONTACT_POINT);
        var agendaHolder = staff("agenda", "Arie Agenda", municipality.id(), StaffRole.AGENDA_HOLDER);
        var manager = staff("manager", "Mo Manager", provider.id(), StaffRole.MANAGER);
        var otherContactPoint = staff("elders", "Els Elders", other.id(), StaffRole.MUNICIPAL_CONTACT_POINT);
        var region = regions.group("Regio " + suffix, List.of(municipality.id(), other.id()));
        var today = DutchTime.today(clock);
        for (int i = 0; i < 10; i++) {
            household(municipality.id(), hanna, i, today);
        }
        return new World(
                municipality.id(),
                name,
                provider.id(),
                other.id(),
                region,
                hanna,
                contactPoint,
                agendaHolder,
                manager,
                otherContactPoint);
    }

    private void household(UUID municipality, AccountPrincipal hanna, int i, LocalDate today) {
        var household = cases.open(
                hanna,
                new NewHousehold(
                        "Gezin Cijfer" + i,
                        municipality,
                        "Lindelaan " + (i + 1),
                        "1234 AB",
                        "Cijferstad",
                        List.of(NewMember.born("Sam", "Cijfer" + i, LocalDate.of(1985, 1, 1 + i), "ouder"))));
        consents.shareWholePlanWith(household, hanna.id());
        var coordinator = team.participationOf(household, hanna.id()).orElseThrow();
        var complex = i % 2 == 1 ? Set.of(ComplexityCriterion.values()[0]) : Set.<ComplexityCriterion>of();
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        coordinator.id(),
                        CoordinationForm.CASE_COORDINATION,
                        complex,
                        null,
                        ChosenBy.HOUSEHOLD,
                        false,
                        false,
                        false),
                coordinations.of(household).version(),
                hanna.id(),
                false);
        var familyGroup = i < 5;
        var viewer = access.viewer(household, hanna);
        editing.updateTab1(
                household,
                viewer,
                version(household),
                new Tab1(null, null, "Eerste afspraken", familyGroup, today, familyGroup ? null : today));
        if (!familyGroup) {
            var goal = editing.addGoal(household, viewer, version(household), "Rust in huis");
            editing.addAction(
                    household,
                    viewer,
                    version(household),
                    goal,
                    new NewAction(
                            "Hanna belt de school",
                            Set.of(coordinator.id()),
                            today,
                            today.plusDays(30),
                            today.plusDays(14)));
            establishing.establish(household, access.viewer(household, hanna), version(household));
        }
    }

    /**
     * One more member of staff of the world's municipality in this role, not logged in yet: a browser
     * journey enrols its own, as staff enrol their second factor only once.
     */
    AccountPrincipal newStaff(String name, StaffRole role) {
        return staff("staff", name, world().municipality(), role);
    }

    private AccountPrincipal staff(String email, String name, UUID organisation, StaffRole role) {
        var account = accounts.createActive(
                "%s-%s@eenplan.test".formatted(email, UUID.randomUUID()), name, AccountKind.STAFF, PASSWORD);
        organisations.assign(account.id(), organisation, role);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    private int version(UUID household) {
        return jdbc.sql("select version from plan where household_id = ? order by created_at desc limit 1")
                .param(household)
                .query(Integer.class)
                .single();
    }
}
