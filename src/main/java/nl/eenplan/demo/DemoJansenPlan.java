package nl.eenplan.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.meeting.Schedule;
import nl.eenplan.participation.Participant;
import nl.eenplan.plan.NewAction;

/**
 * The Jansen household's plan and meeting: two goals with actions for the household, the network and
 * the professionals of which one is overdue (G-1, G-2, PL-7), the plan's other parts, the plan
 * established, and the next round table planned with the team invited (M-3).
 */
class DemoJansenPlan {

    private final DemoSteps steps;
    private final DemoPlanParts parts;

    DemoJansenPlan(DemoSteps steps, DemoPlanParts parts) {
        this.steps = steps;
        this.parts = parts;
    }

    /** G-1, G-2: two goals, actions for the household, the network and the professionals; returns the overdue one. */
    UUID plan(
            UUID household,
            AccountPrincipal coordinator,
            LocalDate today,
            Participant mother,
            Participant grandmother,
            Participant hanna,
            Participant sem,
            Participant tim) {
        var money = steps.goal(household, coordinator, "Fatima heeft weer grip op haar geld");
        var overdue = steps.action(
                household,
                coordinator,
                money,
                new NewAction(
                        "Alle schulden op een rij zetten en een afspraak maken met de schuldeisers",
                        Set.of(sem.id()),
                        today.minusWeeks(6),
                        today.minusDays(5),
                        today.plusWeeks(2)));
        steps.action(
                household,
                coordinator,
                money,
                new NewAction(
                        "Alle post over rekeningen in één map verzamelen",
                        Set.of(mother.id()),
                        today.minusWeeks(2),
                        today.plusDays(4),
                        today.plusWeeks(3)));
        var school = steps.goal(household, coordinator, "Michael gaat weer elke dag naar school");
        steps.action(
                household,
                coordinator,
                school,
                new NewAction(
                        "Met de mentor van Michael een rooster voor de terugkeer maken",
                        Set.of(hanna.id()),
                        today.minusWeeks(1),
                        today.plusWeeks(2),
                        today.plusWeeks(6)));
        steps.action(
                household,
                coordinator,
                school,
                new NewAction(
                        "Sara op dinsdag en donderdag van school halen",
                        Set.of(grandmother.id()),
                        today.minusWeeks(3),
                        today.plusWeeks(8),
                        today.plusWeeks(6)));
        steps.action(
                household,
                coordinator,
                school,
                new NewAction(
                        "Besluiten over de aanvraag jeugdhulp voor Michael",
                        Set.of(tim.id()),
                        today.minusWeeks(1),
                        today.plusWeeks(3),
                        today.plusWeeks(6)));
        var members = steps.use().households().members(household);
        parts.fill(
                new DemoPlanParts.Jansen(
                        household,
                        DemoSteps.member(members, "Fatima").id(),
                        DemoSteps.member(members, "Michael").id(),
                        grandmother.id(),
                        hanna.id(),
                        sem.id(),
                        money,
                        school),
                coordinator,
                today);
        steps.use()
                .establishing()
                .establish(household, steps.viewer(household, coordinator), steps.version(household, coordinator));
        return overdue;
    }

    /** M-3: Hanna plans the next round table on the first day of its window and invites the team. */
    void roundTable(UUID household, AccountPrincipal coordinator, Participant hanna, Set<UUID> invited) {
        var id = steps.use().roundTables().takeInitiative(household, steps.viewer(household, coordinator), null);
        var found = steps.use()
                .roundTables()
                .detail(household, id, steps.viewer(household, coordinator))
                .roundTable();
        var planned = steps.use()
                .roundTables()
                .plan(
                        household,
                        id,
                        steps.viewer(household, coordinator),
                        found.version(),
                        new Schedule(
                                found.window().earliest(),
                                LocalTime.of(14, 0),
                                LocalTime.of(15, 30),
                                "Wijkcentrum De Linde",
                                false),
                        hanna.id(),
                        hanna.id());
        steps.use()
                .invitations()
                .invite(household, id, steps.viewer(household, coordinator), planned.version(), invited);
    }
}
