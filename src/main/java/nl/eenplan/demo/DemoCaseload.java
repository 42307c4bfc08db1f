package nl.eenplan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.ComplexityCriterion;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.plan.Arrangement;
import nl.eenplan.plan.CloseReason;
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanClosing;
import nl.eenplan.plan.Tab1;

/**
 * The rest of Hanna's and Sem's caseload: twelve more households of Voorbeeldstad, each registered by
 * the access team, with consent, a coordinator, tab 1 and a goal, built through the same use cases as
 * the Jansen household. Some plans are drafts, some established, some closed after a handover, some
 * complex or with a family-group plan (PL-8): enough plans that the monitoring dashboards of the
 * municipality and of both providers show figures rather than only suppressed cells (MON-2). They carry
 * no logins: people try EenPlan through the Jansen household.
 */
class DemoCaseload {

    private final DemoSteps steps;
    private final PlanClosing closing;

    DemoCaseload(DemoSteps steps, PlanClosing closing) {
        this.steps = steps;
        this.closing = closing;
    }

    /** Builds every household on {@code today}. */
    void build(DemoPeople.Cast cast, LocalDate today) {
        for (var family : DemoFamilies.ALL) {
            build(cast, family, today);
        }
    }

    private void build(DemoPeople.Cast cast, DemoFamilies.Family family, LocalDate today) {
        var use = steps.use();
        var access = cast.accessWorker();
        var members = new ArrayList<NewMember>();
        members.add(NewMember.born(
                family.adult(),
                family.surname(),
                today.minusYears(family.adultAge()).minusDays(61),
                "ouder"));
        if (family.child() != null) {
            members.add(NewMember.born(
                    family.child(),
                    family.surname(),
                    today.minusYears(family.childAge()).minusDays(17),
                    "kind"));
        }
        var household = use.cases()
                .open(
                        access,
                        new NewHousehold(
                                "Gezin " + family.surname(),
                                cast.municipality().id(),
                                family.street(),
                                family.postcode(),
                                "Voorbeeldstad",
                                members));
        var registered = use.households().members(household);
        var adult = DemoSteps.member(registered, family.adult());
        if (family.child() != null) {
            use.authorities()
                    .record(
                            household,
                            use.teamViewers().viewer(household, access.id()),
                            DemoSteps.member(registered, family.child()).id(),
                            Set.of(adult.id()));
        }
        var person = family.byHanna() ? cast.coordinator() : cast.debtCounsellor();
        var organisation =
                family.byHanna() ? cast.youthCare().id() : cast.debtHelp().id();
        var coordinator =
                steps.join(household, person, organisation, family.byHanna() ? "gezinscoach" : "schuldhulpverlener");
        var tim = steps.participant(household, access);
        steps.giveConsent(household, person, Set.of(coordinator, tim), today);
        use.coordinations()
                .decide(
                        household,
                        new CoordinatorChoice(
                                coordinator.id(),
                                CoordinationForm.CASE_COORDINATION,
                                family.complex()
                                        ? Set.of(ComplexityCriterion.SEVERAL_PROBLEMS_IN_ONE_PERSON)
                                        : Set.of(),
                                null,
                                ChosenBy.HOUSEHOLD,
                                false,
                                false,
                                false),
                        use.coordinations().of(household).version(),
                        person.id(),
                        false);
        plan(household, person, family, coordinator.id(), today);
    }

    private void plan(
            UUID household, AccountPrincipal person, DemoFamilies.Family family, UUID coordinator, LocalDate today) {
        var editing = steps.use().editing();
        editing.updateTab1(
                household,
                steps.viewer(household, person),
                steps.version(household, person),
                new Tab1(
                        Arrangement.PHONE,
                        null,
                        "We bellen elke week op donderdag.",
                        family.familyGroupPlan(),
                        family.writtenPlanAskedWeeksAgo() == 0
                                ? null
                                : today.minusWeeks(family.writtenPlanAskedWeeksAgo()),
                        family.familyGroupPlan() ? null : today.minusWeeks(4),
                        "",
                        "",
                        Set.of(),
                        false));
        var goal = steps.goal(household, person, family.goal());
        steps.action(
                household,
                person,
                goal,
                new NewAction(
                        family.action(),
                        Set.of(coordinator),
                        today.minusWeeks(2),
                        today.plusWeeks(3),
                        today.plusWeeks(6)));
        if (family.stage() == DemoFamilies.Stage.DRAFT) {
            return;
        }
        steps.use()
                .establishing()
                .establish(household, steps.viewer(household, person), steps.version(household, person));
        if (family.stage() == DemoFamilies.Stage.CLOSED) {
            closing.close(
                    household,
                    steps.viewer(household, person),
                    steps.version(household, person),
                    CloseReason.HANDED_OVER);
        }
    }
}
