package nl.eenplan.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.escalation.NewStagnation;
import nl.eenplan.household.NewMember;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.NewHousehold;

/**
 * The Jansen household as a case some weeks under way, built through the same use cases people use,
 * so it obeys the same rules: the access team registers it, parental authority and consent as the age
 * rule asks (C-1, C-2), the household chooses Hanna as coordinator, an established plan with
 * goals and actions of which one is overdue (G-2, PL-7), a planned round table (M-3) and an escalation
 * about the overdue action (E-1).
 */
class DemoHousehold {

    private final DemoSteps steps;
    private final DemoSteps.UseCases use;
    private final DemoJansenPlan jansenPlan;

    DemoHousehold(DemoSteps steps, DemoJansenPlan jansenPlan) {
        this.steps = steps;
        this.use = steps.use();
        this.jansenPlan = jansenPlan;
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
        var fatima = DemoSteps.member(members, "Fatima");
        // C-1: before a coordinator is chosen, the professional who took the case up records parental authority.
        for (var child : List.of(DemoSteps.member(members, "Michael"), DemoSteps.member(members, "Sara"))) {
            use.authorities()
                    .record(
                            household,
                            use.teamViewers().viewer(household, access.id()),
                            child.id(),
                            Set.of(fatima.id()));
        }
        var mother = steps.logsIn(household, fatima.id(), cast.mother());
        var grandmother = steps.join(household, cast.grandmother(), null, "oma van Michael en Sara");
        var hanna = steps.join(household, cast.coordinator(), cast.youthCare().id(), "gezinscoach");
        var sem = steps.join(household, cast.debtCounsellor(), cast.debtHelp().id(), "schuldhulpverlener");
        var tim = steps.participant(household, access);
        steps.giveConsent(
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
        var overdue = jansenPlan.plan(household, cast.coordinator(), today, mother, grandmother, hanna, sem, tim);
        jansenPlan.roundTable(
                household, cast.coordinator(), hanna, Set.of(mother.id(), grandmother.id(), sem.id(), tim.id()));
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
}
