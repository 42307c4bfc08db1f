package nl.eenplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.ConsentRegistry;
import nl.eenplan.consent.ConsentRule;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.NewConsent;
import nl.eenplan.consent.Recipient;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
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
import nl.eenplan.plan.PlanEstablishing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The household of five of the roles tests (X-5, C-1, R-5, R-7): Sanne, the mother with parental
 * authority, and Fred, the father without it, both logging in; Lotte (16), Mila (12) and Daan (11); and an
 * expected child. Hanna coordinates with consent about every member; Piet has consent about everyone but
 * Daan; Peter (debt help) has none; Rita works for the child protection council, which enforces; grandma
 * Olga is in the network with an action of her own, and so is a second "Oma Olga" with one of hers. One
 * established version. Built once; tests that change something make their own household.
 */
@Component
class RolesFixture {

    static final String SECRET_PURPOSE = "Gesprek met de jeugdarts over Daan";
    static final String GRANDMAS_GOAL = "Daan gaat elke dag naar school";
    static final String GRANDMAS_ACTION = "Oma brengt Daan op dinsdag naar school";
    static final String OTHER_OLGAS_ACTION = "De andere Olga kookt op vrijdag";
    static final String HANNAS_GOAL = "Schulden op orde";

    record World(
            UUID household,
            String familyName,
            AccountPrincipal mother,
            AccountPrincipal father,
            AccountPrincipal grandma,
            AccountPrincipal hanna,
            AccountPrincipal piet,
            AccountPrincipal peter,
            AccountPrincipal rita,
            AccountPrincipal colleague,
            UUID sanne,
            UUID fred,
            UUID lotte,
            UUID mila,
            UUID daan,
            UUID expected,
            Participant hannaInTeam,
            Participant ritaInTeam,
            Participant daanInTeam,
            Participant expectedInTeam,
            Participant grandmaInTeam) {}

    private final MatrixPeople people;
    private final OrganisationDirectory organisations;
    private final CaseOpening cases;
    private final HouseholdRegister households;
    private final Team team;
    private final Coordinations coordinations;
    private final ConsentRegistry consents;
    private final ConsentRule rule;
    private final PlanEditing planEditing;
    private final PlanEstablishing planEstablishing;
    private final PlanAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;
    private World world;

    RolesFixture(
            MatrixPeople people,
            OrganisationDirectory organisations,
            CaseOpening cases,
            HouseholdRegister households,
            Team team,
            Coordinations coordinations,
            ConsentRegistry consents,
            ConsentRule rule,
            PlanEditing planEditing,
            PlanEstablishing planEstablishing,
            PlanAccess access,
            JdbcClient jdbc,
            Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.cases = cases;
        this.households = households;
        this.team = team;
        this.coordinations = coordinations;
        this.consents = consents;
        this.rule = rule;
        this.planEditing = planEditing;
        this.planEstablishing = planEstablishing;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    synchronized World world() {
        if (world == null) {
            world = build();
        }
        return world;
    }

    /** A new household like the shared one, for a test that changes it. */
    World fresh() {
        return build();
    }

    private World build() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var today = DutchTime.today(clock);
        var cast = people.cast(suffix);
        var hanna = cast.get(Actor.PROFESSIONAL);
        var piet = cast.get(Actor.NO_CONSENT);
        var peter = cast.peter();
        var council = organisations.found(
                "Raad voor de Kinderbescherming " + suffix,
                OrganisationKind.PROVIDER,
                cast.municipality().id());
        var rita = people.staff("Rita Raad", council, StaffRole.PROFESSIONAL);
        var familyName = "Rol" + suffix;
        var household = cases.open(
                hanna,
                new NewHousehold(
                        "Gezin " + familyName,
                        cast.municipality().id(),
                        "Kerkstraat 2",
                        "1234 AB",
                        "Gouda",
                        List.of(
                                NewMember.born("Sanne", familyName, LocalDate.of(1985, 6, 1), "moeder"),
                                NewMember.born("Fred", familyName, LocalDate.of(1983, 2, 1), "vader"),
                                NewMember.born("Lotte", familyName, today.minusYears(16), "dochter"),
                                NewMember.born("Mila", familyName, today.minusYears(12), "dochter"),
                                NewMember.born("Daan", familyName, today.minusYears(11), "zoon"),
                                NewMember.unborn("Baby", familyName, today.plusMonths(3), "verwacht kind"))));
        var members = households.members(household);
        var sanne = id(members, "Sanne");
        var fred = id(members, "Fred");
        var mother = cast.get(Actor.HOUSEHOLD);
        var father = people.account("Fred Vader", AccountKind.CITIZEN);
        people.logsIn(household, sanne, mother);
        people.logsIn(household, fred, father);
        // C-1: the mother has parental authority over Mila and Daan, the father has not.
        households.grantParentalAuthority(id(members, "Mila"), sanne);
        households.grantParentalAuthority(id(members, "Daan"), sanne);
        var grandma = cast.get(Actor.NETWORK);
        var grandmaInTeam = people.join(household, grandma, null, "oma van Daan", true);
        var otherOlga = team.add(
                household,
                new NewParticipant(
                        ParticipantKind.NETWORK,
                        null,
                        null,
                        grandma.displayName(),
                        "buurvrouw",
                        Set.of(),
                        null,
                        null,
                        true,
                        false,
                        false,
                        null),
                null);
        people.join(household, piet, cast.youthCare(), "gezinscoach", true);
        people.join(household, peter, cast.debtHelp(), "schuldhulpverlener", true);
        var ritaInTeam = team.add(
                household,
                new NewParticipant(
                        ParticipantKind.PROFESSIONAL,
                        null,
                        council.id(),
                        rita.displayName(),
                        "raadsonderzoeker",
                        Set.of(),
                        null,
                        rita.email(),
                        true,
                        true,
                        true,
                        null),
                rita.id());
        var hannaInTeam = team.participationOf(household, hanna.id()).orElseThrow();
        var pietInTeam = team.participationOf(household, piet.id()).orElseThrow();
        var daan = id(members, "Daan");
        var current = households.members(household);
        for (var member : current) {
            if (member.unborn()) {
                continue;
            }
            var recipients = member.id().equals(daan)
                    ? Set.of(Recipient.participant(hannaInTeam.id()))
                    : Set.of(Recipient.participant(hannaInTeam.id()), Recipient.participant(pietInTeam.id()));
            consents.give(
                    household,
                    hanna.id(),
                    new NewConsent(
                            member.id(),
                            member.id().equals(daan) ? SECRET_PURPOSE : "Samen werken aan het plan",
                            Set.of(InformationCategory.PLAN),
                            recipients,
                            rule.requiredFor(member, today).consenters(),
                            ConsentManner.WRITTEN,
                            today,
                            today.plusYears(1)));
        }
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        hannaInTeam.id(),
                        CoordinationForm.CASE_COORDINATION,
                        Set.of(),
                        null,
                        ChosenBy.HOUSEHOLD,
                        false,
                        true,
                        false),
                coordinations.of(household).version(),
                hanna.id(),
                false);
        var viewer = access.viewer(household, hanna);
        var goal = planEditing.addGoal(household, viewer, version(household), GRANDMAS_GOAL);
        action(household, hanna, goal, GRANDMAS_ACTION, grandmaInTeam, today);
        action(household, hanna, goal, OTHER_OLGAS_ACTION, otherOlga, today);
        var debts = planEditing.addGoal(household, access.viewer(household, hanna), version(household), HANNAS_GOAL);
        action(household, hanna, debts, "Hanna belt de schuldeisers", hannaInTeam, today);
        planEstablishing.establish(household, access.viewer(household, hanna), version(household));
        var participants = team.of(household);
        return new World(
                household,
                familyName,
                mother,
                father,
                grandma,
                hanna,
                piet,
                peter,
                rita,
                cast.get(Actor.COLLEAGUE),
                sanne,
                fred,
                id(members, "Lotte"),
                id(members, "Mila"),
                daan,
                id(members, "Baby"),
                hannaInTeam,
                ritaInTeam,
                byMember(participants, daan),
                byMember(participants, id(members, "Baby")),
                grandmaInTeam);
    }

    private void action(UUID household, AccountPrincipal hanna, UUID goal, String what, Participant who, LocalDate d) {
        planEditing.addAction(
                household,
                access.viewer(household, hanna),
                version(household),
                goal,
                new NewAction(what, Set.of(who.id()), d, d.plusWeeks(4), d.plusWeeks(6)));
    }

    int version(UUID household) {
        return jdbc.sql("select version from plan where household_id = ? order by created_at desc limit 1")
                .param(household)
                .query(Integer.class)
                .single();
    }

    private static UUID id(List<Member> members, String givenName) {
        return members.stream()
                .filter(m -> m.givenName().equals(givenName))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static Participant byMember(List<Participant> participants, UUID memberId) {
        return participants.stream()
                .filter(p -> memberId.equals(p.memberId()))
                .findFirst()
                .orElseThrow();
    }
}
