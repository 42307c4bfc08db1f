package nl.eenplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.escalation.NewStagnation;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.meeting.RoundTableInvitations;
import nl.eenplan.meeting.RoundTableMinutes;
import nl.eenplan.meeting.RoundTables;
import nl.eenplan.meeting.Schedule;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.testing.ConsentFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One household with everything that shows personal data, built once for all matrix tests (X-1, X-5,
 * C-1): Sanne (adult, logs in) and Tim (17, consents alone); a plan with two goals and actions, two
 * established versions; a round table with minutes, to which Sanne, grandma and Peter are invited;
 * consent about both members for Hanna, Peter and the copy-only doctor, none for Piet; an escalation
 * about Peter. Household B, where Hanna takes part too, is there to change ids in addresses.
 */
@Component
class MatrixFixture {

    static final String MINUTES = "Moeder vertelt over de schulden";

    /** What the tests address: the people, household A with its sub-ids, and household B. */
    record World(
            Map<Actor, AccountPrincipal> people,
            UUID household,
            String familyName,
            UUID sanne,
            UUID goal,
            UUID otherGoal,
            UUID action,
            UUID omasAction,
            UUID roundTable,
            UUID consent,
            List<UUID> consents,
            UUID escalation,
            UUID otherHousehold,
            String otherFamilyName,
            AccountPrincipal bert,
            UUID bertMember) {}

    private final MatrixPeople matrixPeople;
    private final CaseOpening cases;
    private final PlanEditing planEditing;
    private final PlanEstablishing planEstablishing;
    private final PlanAccess access;
    private final Team team;
    private final Coordinations coordinations;
    private final HouseholdRegister households;
    private final ConsentFixtures consentFixtures;
    private final RoundTables roundTables;
    private final RoundTableInvitations invitations;
    private final RoundTableMinutes minutes;
    private final StagnationSignals signals;
    private final JdbcClient jdbc;
    private final Clock clock;
    private World world;

    MatrixFixture(
            MatrixPeople matrixPeople,
            CaseOpening cases,
            PlanEditing planEditing,
            PlanEstablishing planEstablishing,
            PlanAccess access,
            Team team,
            Coordinations coordinations,
            HouseholdRegister households,
            ConsentFixtures consentFixtures,
            RoundTables roundTables,
            RoundTableInvitations invitations,
            RoundTableMinutes minutes,
            StagnationSignals signals,
            JdbcClient jdbc,
            Clock clock) {
        this.matrixPeople = matrixPeople;
        this.cases = cases;
        this.planEditing = planEditing;
        this.planEstablishing = planEstablishing;
        this.access = access;
        this.team = team;
        this.coordinations = coordinations;
        this.households = households;
        this.consentFixtures = consentFixtures;
        this.roundTables = roundTables;
        this.invitations = invitations;
        this.minutes = minutes;
        this.signals = signals;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The world, built on first use; the matrix tests only read, so all of them share it. */
    synchronized World world() {
        if (world == null) {
            world = build();
        }
        return world;
    }

    /** A world of its own, for a test that changes what it finds. */
    World fresh() {
        return build();
    }

    private World build() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var today = DutchTime.today(clock);
        var cast = matrixPeople.cast(suffix);
        var hanna = cast.get(Actor.PROFESSIONAL);
        var familyName = "Matrix" + suffix;
        var household = open(
                cast,
                "Gezin " + familyName,
                List.of(
                        NewMember.born("Sanne", familyName, LocalDate.of(1985, 6, 1), "moeder"),
                        NewMember.born("Tim", familyName, today.minusYears(17), "zoon")));
        var sanne = households.members(household).getFirst().id();
        matrixPeople.logsIn(household, sanne, cast.get(Actor.HOUSEHOLD));
        var mother = participant(household, cast.get(Actor.HOUSEHOLD));
        var oma = matrixPeople.join(household, cast.get(Actor.NETWORK), null, "oma van Tim", true);
        var piet = matrixPeople.join(household, cast.get(Actor.NO_CONSENT), cast.youthCare(), "gezinscoach", true);
        matrixPeople.join(household, cast.get(Actor.COPY_ONLY), cast.youthCare(), "huisarts", false);
        var peter = matrixPeople.join(household, cast.peter(), cast.debtHelp(), "schuldhulpverlener", true);
        var consents = consentFixtures.shareWholePlanWith(
                household,
                hanna.id(),
                cast.peter().id(),
                cast.get(Actor.COPY_ONLY).id());
        var coordinator = participant(household, hanna);
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
        var goal = planEditing.addGoal(
                household, access.viewer(household, hanna), version(household), "Tim haalt zijn diploma");
        var action = action(household, hanna, goal, "Hanna belt de mentor van Tim", coordinator, today);
        var omasAction = action(household, hanna, goal, "Oma brengt Tim naar school", oma, today);
        action(household, hanna, goal, "Piet zoekt een stageplek", piet, today);
        var otherGoal =
                planEditing.addGoal(household, access.viewer(household, hanna), version(household), "Schulden op orde");
        var petersAction = action(household, hanna, otherGoal, "Aanvraag schuldhulp indienen", peter, today);
        planEstablishing.establish(household, access.viewer(household, hanna), version(household));
        action(household, hanna, otherGoal, "Budgetcursus volgen", coordinator, today);
        planEstablishing.establish(household, access.viewer(household, hanna), version(household));
        var roundTable = roundTable(household, hanna, coordinator, Set.of(mother.id(), oma.id(), peter.id()));
        var escalation = signals.signal(
                household,
                hanna.id(),
                new NewStagnation(petersAction, peter.id(), "Geen reactie op drie mails", null),
                today);
        var otherFamilyName = "Ander" + suffix;
        var otherHousehold = open(
                cast,
                "Gezin " + otherFamilyName,
                List.of(NewMember.born("Bert", otherFamilyName, LocalDate.of(1979, 3, 3), "vader")));
        consentFixtures.shareWholePlanWith(otherHousehold, hanna.id());
        planEditing.addGoal(
                otherHousehold, access.viewer(otherHousehold, hanna), version(otherHousehold), "Bert zoekt werk");
        var bert = matrixPeople.account("Bert Bos", AccountKind.CITIZEN);
        var bertMember = households.members(otherHousehold).getFirst().id();
        matrixPeople.logsIn(otherHousehold, bertMember, bert);
        return new World(
                cast.people(),
                household,
                familyName,
                sanne,
                goal,
                otherGoal,
                action,
                omasAction,
                roundTable,
                consents.getFirst(),
                consents,
                escalation,
                otherHousehold,
                otherFamilyName,
                bert,
                bertMember);
    }

    private UUID open(MatrixPeople.Cast cast, String name, List<NewMember> members) {
        return cases.open(
                cast.get(Actor.PROFESSIONAL),
                new NewHousehold(name, cast.municipality().id(), "Kerkstraat 2", "1234 AB", "Gouda", members));
    }

    /** Hanna chairs and takes minutes; the minutes are in. */
    private UUID roundTable(UUID household, AccountPrincipal hanna, Participant chair, Set<UUID> invited) {
        var id = roundTables.takeInitiative(household, access.viewer(household, hanna), null);
        var found = roundTables
                .detail(household, id, access.viewer(household, hanna))
                .roundTable();
        var day = found.window().earliest();
        var planned = roundTables.plan(
                household,
                id,
                access.viewer(household, hanna),
                found.version(),
                new Schedule(day, LocalTime.of(14, 0), LocalTime.of(15, 30), "Wijkcentrum", false),
                chair.id(),
                chair.id());
        invitations.invite(household, id, access.viewer(household, hanna), planned.version(), invited);
        var current = roundTables
                .detail(household, id, access.viewer(household, hanna))
                .roundTable();
        minutes.recordMinutes(
                household, id, access.viewer(household, hanna), current.version(), MINUTES, Set.of(), null);
        return id;
    }

    private UUID action(
            UUID household, AccountPrincipal hanna, UUID goal, String what, Participant who, LocalDate today) {
        return planEditing.addAction(
                household,
                access.viewer(household, hanna),
                version(household),
                goal,
                new NewAction(what, Set.of(who.id()), today, today.plusWeeks(4), today.plusWeeks(6)));
    }

    private Participant participant(UUID household, AccountPrincipal person) {
        return team.participationOf(household, person.id()).orElseThrow();
    }

    private int version(UUID household) {
        return jdbc.sql("select version from plan where household_id = ? order by created_at desc limit 1")
                .param(household)
                .query(Integer.class)
                .single();
    }
}
