package nl.eenplan.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.ConsentRegistry;
import nl.eenplan.consent.ConsentRule;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.NewConsent;
import nl.eenplan.consent.Recipient;
import nl.eenplan.escalation.NewStagnation;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.meeting.RoundTableInvitations;
import nl.eenplan.meeting.RoundTables;
import nl.eenplan.meeting.Schedule;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParentalAuthorities;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import nl.eenplan.participation.TeamViewers;
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.plan.PlanReading;

/**
 * The Jansen household as a case some weeks under way, built through the same use cases people use,
 * so it obeys the same rules: the access team registers it, parental authority and consent as the age
 * rule asks (C-1, C-2), the household chooses Hanna as coordinator, an established plan with
 * goals and actions of which one is overdue (G-2, PL-7), a planned round table (M-3) and an escalation
 * about the overdue action (E-1).
 */
class DemoHousehold {

    /** The purpose of the demo's consents (C-2: never general). */
    static final String PURPOSE = "Samen met het gezin werken aan het plan";

    /** Use cases of the modules the demo drives. */
    record UseCases(
            HouseholdRegister households,
            CaseOpening cases,
            Team team,
            TeamViewers teamViewers,
            ParentalAuthorities authorities,
            Coordinations coordinations,
            ConsentRegistry consents,
            ConsentRule consentRule,
            PlanAccess access,
            PlanReading reading,
            PlanEditing editing,
            PlanEstablishing establishing,
            RoundTables roundTables,
            RoundTableInvitations invitations,
            StagnationSignals signals) {}

    private final UseCases use;
    private final DemoPlanParts parts;

    DemoHousehold(UseCases use, DemoPlanParts parts) {
        this.use = use;
        this.parts = parts;
    }

    UseCases use() {
        return use;
    }

    /** Builds the case on {@code today}; returns the household's id. */
    UUID build(DemoPeople.Cast cast, LocalDate today) {
        var access = cast.accessWorker();
        var household = use.cases()
                .open(
                        access,
                        new NewHousehold(
                                "Gezin Jansen",
                                cast.municipality().id(),
                                "Lindelaan 12",
                                "1234 AB",
                                "Voorbeeldstad",
                                List.of(
                                        NewMember.born(
                                                "Fatima",
                                                "Jansen",
                                                today.minusYears(38).minusDays(40),
                                                "moeder"),
                                        NewMember.born(
                                                "Michael",
                                                "Jansen",
                                                today.minusYears(14).minusDays(100),
                                                "zoon"),
                                        NewMember.born(
                                                "Sara",
                                                "Jansen",
                                                today.minusYears(9).minusDays(20),
                                                "dochter"),
                                        NewMember.unborn("Baby", "Jansen", today.plusMonths(4), "verwacht kind"))));
        var members = use.households().members(household);
        var fatima = member(members, "Fatima");
        // C-1: before a coordinator is chosen, the professional who took the case up records parental authority.
        for (var child : List.of(member(members, "Michael"), member(members, "Sara"))) {
            use.authorities()
                    .record(
                            household,
                            use.teamViewers().viewer(household, access.id()),
                            child.id(),
                            Set.of(fatima.id()));
        }
        var mother = logsIn(household, fatima.id(), cast.mother());
        var grandmother = join(household, cast.grandmother(), null, "oma van Michael en Sara");
        var hanna = join(household, cast.coordinator(), cast.youthCare().id(), "gezinscoach");
        var sem = join(household, cast.debtCounsellor(), cast.debtHelp().id(), "schuldhulpverlener");
        var tim = participant(household, access);
        giveConsent(
                household,
                cast.coordinator(),
                Set.of(hanna, sem, tim),
                today,
                Set.of(InformationCategory.PLAN, InformationCategory.ASSESSMENTS, InformationCategory.SAFETY_PLAN));
        use.coordinations()
                .decide(
                        household,
                        new CoordinatorChoice(
                                hanna.id(),
                                CoordinationForm.CASE_COORDINATION,
                                Set.of(),
                                null,
                                ChosenBy.HOUSEHOLD,
                                false,
                                false,
                                false),
                        use.coordinations().of(household).version(),
                        cast.coordinator().id(),
                        false);
        var overdue = plan(household, cast.coordinator(), today, mother, grandmother, hanna, sem, tim);
        roundTable(household, cast.coordinator(), hanna, Set.of(mother.id(), grandmother.id(), sem.id(), tim.id()));
        use.signals()
                .signal(
                        household,
                        cast.coordinator().id(),
                        new NewStagnation(
                                overdue,
                                sem.id(),
                                "De schulden staan na zes weken nog niet op een rij; twee mails bleven onbeantwoord.",
                                null),
                        today);
        return household;
    }

    /** G-1, G-2: two goals, actions for the household, the network and the professionals; returns the overdue one. */
    private UUID plan(
            UUID household,
            AccountPrincipal coordinator,
            LocalDate today,
            Participant mother,
            Participant grandmother,
            Participant hanna,
            Participant sem,
            Participant tim) {
        var money = goal(household, coordinator, "Fatima heeft weer grip op haar geld");
        var overdue = action(
                household,
                coordinator,
                money,
                new NewAction(
                        "Alle schulden op een rij zetten en een afspraak maken met de schuldeisers",
                        Set.of(sem.id()),
                        today.minusWeeks(6),
                        today.minusDays(5),
                        today.plusWeeks(2)));
        action(
                household,
                coordinator,
                money,
                new NewAction(
                        "Alle post over rekeningen in één map verzamelen",
                        Set.of(mother.id()),
                        today.minusWeeks(2),
                        today.plusDays(4),
                        today.plusWeeks(3)));
        var school = goal(household, coordinator, "Michael gaat weer elke dag naar school");
        action(
                household,
                coordinator,
                school,
                new NewAction(
                        "Met de mentor van Michael een rooster voor de terugkeer maken",
                        Set.of(hanna.id()),
                        today.minusWeeks(1),
                        today.plusWeeks(2),
                        today.plusWeeks(6)));
        action(
                household,
                coordinator,
                school,
                new NewAction(
                        "Sara op dinsdag en donderdag van school halen",
                        Set.of(grandmother.id()),
                        today.minusWeeks(3),
                        today.plusWeeks(8),
                        today.plusWeeks(6)));
        action(
                household,
                coordinator,
                school,
                new NewAction(
                        "Besluiten over de aanvraag jeugdhulp voor Michael",
                        Set.of(tim.id()),
                        today.minusWeeks(1),
                        today.plusWeeks(3),
                        today.plusWeeks(6)));
        var members = use.households().members(household);
        parts.fill(
                new DemoPlanParts.Jansen(
                        household,
                        member(members, "Fatima").id(),
                        member(members, "Michael").id(),
                        grandmother.id(),
                        hanna.id(),
                        sem.id(),
                        money,
                        school),
                coordinator,
                today);
        use.establishing().establish(household, viewer(household, coordinator), version(household, coordinator));
        return overdue;
    }

    /** M-3: Hanna plans the next round table on the first day of its window and invites the team. */
    private void roundTable(UUID household, AccountPrincipal coordinator, Participant hanna, Set<UUID> invited) {
        var id = use.roundTables().takeInitiative(household, viewer(household, coordinator), null);
        var found = use.roundTables()
                .detail(household, id, viewer(household, coordinator))
                .roundTable();
        var planned = use.roundTables()
                .plan(
                        household,
                        id,
                        viewer(household, coordinator),
                        found.version(),
                        new Schedule(
                                found.window().earliest(),
                                LocalTime.of(14, 0),
                                LocalTime.of(15, 30),
                                "Wijkcentrum De Linde",
                                false),
                        hanna.id(),
                        hanna.id());
        use.invitations().invite(household, id, viewer(household, coordinator), planned.version(), invited);
    }

    /** C-1, C-2: one written consent per member, given by those the age rule asks, for the plan. */
    void giveConsent(UUID household, AccountPrincipal recorder, Set<Participant> recipients, LocalDate today) {
        giveConsent(household, recorder, recipients, today, Set.of(InformationCategory.PLAN));
    }

    /** C-2: for the Jansen plan also the assessments and the safety plan, which plan consent alone does not cover. */
    void giveConsent(
            UUID household,
            AccountPrincipal recorder,
            Set<Participant> recipients,
            LocalDate today,
            Set<InformationCategory> categories) {
        var to = recipients.stream().map(p -> Recipient.participant(p.id())).collect(Collectors.toSet());
        for (var member : use.households().members(household)) {
            if (member.unborn()) {
                continue; // an expected child is no subject of its own
            }
            var required = use.consentRule().requiredFor(member, today);
            use.consents()
                    .give(
                            household,
                            recorder.id(),
                            new NewConsent(
                                    member.id(),
                                    PURPOSE,
                                    categories,
                                    to,
                                    required.consenters(),
                                    ConsentManner.WRITTEN,
                                    today,
                                    today.plusYears(1)));
        }
    }

    Participant logsIn(UUID household, UUID memberId, AccountPrincipal person) {
        var participant = use.team().of(household).stream()
                .filter(p -> memberId.equals(p.memberId()))
                .findFirst()
                .orElseThrow();
        use.team().linkAccount(participant.id(), person.id());
        use.team().recordEmail(participant.id(), person.email());
        use.households().linkAccount(memberId, person.id());
        return participant;
    }

    Participant join(UUID household, AccountPrincipal person, UUID organisationId, String relation) {
        return use.team()
                .add(
                        household,
                        new NewParticipant(
                                organisationId == null ? ParticipantKind.NETWORK : ParticipantKind.PROFESSIONAL,
                                null,
                                organisationId,
                                person.displayName(),
                                relation,
                                Set.of(),
                                null,
                                person.email(),
                                true,
                                true,
                                false,
                                null),
                        person.id());
    }

    UUID goal(UUID household, AccountPrincipal coordinator, String title) {
        return use.editing().addGoal(household, viewer(household, coordinator), version(household, coordinator), title);
    }

    UUID action(UUID household, AccountPrincipal coordinator, UUID goal, NewAction action) {
        return use.editing()
                .addAction(household, viewer(household, coordinator), version(household, coordinator), goal, action);
    }

    nl.eenplan.consent.Viewer viewer(UUID household, AccountPrincipal person) {
        return use.access().viewer(household, person);
    }

    int version(UUID household, AccountPrincipal person) {
        return use.reading()
                .currentAsPartOf(household, viewer(household, person))
                .version();
    }

    Participant participant(UUID household, AccountPrincipal person) {
        return use.team().participationOf(household, person.id()).orElseThrow();
    }

    static Member member(List<Member> members, String givenName) {
        return members.stream()
                .filter(m -> givenName.equals(m.givenName()))
                .findFirst()
                .orElseThrow();
    }
}
