package nl.eenplan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /** How far a household's plan is. */
    enum Stage {
        DRAFT,
        ESTABLISHED,
        CLOSED
    }

    /** One household: the adult, a child (or none) with its age, its coordinator, and its plan. */
    record Family(
            String surname,
            String street,
            String postcode,
            String adult,
            int adultAge,
            String child,
            int childAge,
            boolean byHanna,
            boolean complex,
            boolean familyGroupPlan,
            int writtenPlanAskedWeeksAgo,
            Stage stage,
            String goal,
            String action) {}

    static final List<Family> FAMILIES = List.of(
            new Family(
                    "El Amrani",
                    "Beukstraat 3",
                    "1234 AC",
                    "Nadia",
                    41,
                    "Yassin",
                    11,
                    true,
                    false,
                    true,
                    3,
                    Stage.CLOSED,
                    "Yassin slaapt weer in zijn eigen bed",
                    "Een vast avondritueel afspreken"),
            new Family(
                    "de Vries",
                    "Eikenlaan 8",
                    "1234 AD",
                    "Peter",
                    52,
                    null,
                    0,
                    false,
                    false,
                    false,
                    0,
                    Stage.DRAFT,
                    "Peter betaalt elke maand zijn huur op tijd",
                    "Een automatische overschrijving regelen"),
            new Family(
                    "Bakker",
                    "Kastanjeplein 1",
                    "1234 AE",
                    "Linda",
                    34,
                    "Noah",
                    6,
                    true,
                    true,
                    true,
                    0,
                    Stage.ESTABLISHED,
                    "Noah gaat naar een passende school",
                    "Een gesprek met de intern begeleider plannen"),
            new Family(
                    "Yilmaz",
                    "Populierenweg 22",
                    "1234 AG",
                    "Ayse",
                    45,
                    "Emre",
                    16,
                    false,
                    true,
                    false,
                    6,
                    Stage.CLOSED,
                    "Emre heeft een stageplek",
                    "Drie bedrijven bellen voor een stage"),
            new Family(
                    "Visser",
                    "Wilgenhof 5",
                    "1234 AH",
                    "Kees",
                    67,
                    null,
                    0,
                    false,
                    false,
                    false,
                    1,
                    Stage.ESTABLISHED,
                    "Kees kan thuis blijven wonen",
                    "Huishoudelijke hulp aanvragen"),
            new Family(
                    "Mulder",
                    "Berkenstraat 14",
                    "1234 AJ",
                    "Sanne",
                    29,
                    "Daan",
                    3,
                    true,
                    false,
                    true,
                    0,
                    Stage.CLOSED,
                    "Daan gaat drie ochtenden naar de peuterspeelzaal",
                    "Daan aanmelden bij de peuterspeelzaal"),
            new Family(
                    "Boateng",
                    "Lindehof 9",
                    "1234 AK",
                    "Grace",
                    38,
                    "Kwame",
                    13,
                    true,
                    true,
                    false,
                    2,
                    Stage.ESTABLISHED,
                    "Kwame en Grace hebben minder ruzie",
                    "Samen naar een oudercursus gaan"),
            new Family(
                    "Smit",
                    "Esdoornlaan 31",
                    "1234 AL",
                    "Ria",
                    58,
                    null,
                    0,
                    false,
                    false,
                    false,
                    5,
                    Stage.CLOSED,
                    "Ria heeft een vaste dagbesteding",
                    "Kennismaken bij twee plekken voor dagbesteding"),
            new Family(
                    "Hoekstra",
                    "Iepenstraat 2",
                    "1234 AM",
                    "Jelle",
                    44,
                    "Femke",
                    8,
                    true,
                    false,
                    true,
                    0,
                    Stage.CLOSED,
                    "Femke heeft een vriendinnetje om mee te spelen",
                    "Femke aanmelden bij de sportclub"),
            new Family(
                    "Nguyen",
                    "Platanenweg 17",
                    "1234 AN",
                    "Lan",
                    36,
                    "Minh",
                    10,
                    false,
                    true,
                    true,
                    0,
                    Stage.ESTABLISHED,
                    "Lan spreekt beter Nederlands",
                    "Lan aanmelden voor de taalcursus"),
            new Family(
                    "Kramer",
                    "Elzenpad 6",
                    "1234 AP",
                    "Bas",
                    31,
                    null,
                    0,
                    true,
                    true,
                    false,
                    0,
                    Stage.DRAFT,
                    "Bas heeft een eigen woning",
                    "Bas inschrijven als woningzoekende"),
            new Family(
                    "Pinas",
                    "Hazelaarstraat 40",
                    "1234 AR",
                    "Shirley",
                    50,
                    null,
                    0,
                    false,
                    false,
                    false,
                    0,
                    Stage.CLOSED,
                    "Shirley heeft overzicht over haar post",
                    "Samen een map voor de post maken"));

    private final DemoHousehold jansen;
    private final PlanClosing closing;

    DemoCaseload(DemoHousehold jansen, PlanClosing closing) {
        this.jansen = jansen;
        this.closing = closing;
    }

    /** Builds every household on {@code today}. */
    void build(DemoPeople.Cast cast, LocalDate today) {
        for (var family : FAMILIES) {
            build(cast, family, today);
        }
    }

    private void build(DemoPeople.Cast cast, Family family, LocalDate today) {
        var use = jansen.use();
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
        var adult = DemoHousehold.member(registered, family.adult());
        if (family.child() != null) {
            use.authorities()
                    .record(
                            household,
                            use.teamViewers().viewer(household, access.id()),
                            DemoHousehold.member(registered, family.child()).id(),
                            Set.of(adult.id()));
        }
        var person = family.byHanna() ? cast.coordinator() : cast.debtCounsellor();
        var organisation =
                family.byHanna() ? cast.youthCare().id() : cast.debtHelp().id();
        var coordinator =
                jansen.join(household, person, organisation, family.byHanna() ? "gezinscoach" : "schuldhulpverlener");
        var tim = jansen.participant(household, access);
        jansen.giveConsent(household, person, Set.of(coordinator, tim), today);
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

    private void plan(UUID household, AccountPrincipal person, Family family, UUID coordinator, LocalDate today) {
        var editing = jansen.use().editing();
        editing.updateTab1(
                household,
                jansen.viewer(household, person),
                jansen.version(household, person),
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
        var goal = jansen.goal(household, person, family.goal());
        jansen.action(
                household,
                person,
                goal,
                new NewAction(
                        family.action(),
                        Set.of(coordinator),
                        today.minusWeeks(2),
                        today.plusWeeks(3),
                        today.plusWeeks(6)));
        if (family.stage() == Stage.DRAFT) {
            return;
        }
        jansen.use()
                .establishing()
                .establish(household, jansen.viewer(household, person), jansen.version(household, person));
        if (family.stage() == Stage.CLOSED) {
            closing.close(
                    household,
                    jansen.viewer(household, person),
                    jansen.version(household, person),
                    CloseReason.HANDED_OVER);
        }
    }
}
