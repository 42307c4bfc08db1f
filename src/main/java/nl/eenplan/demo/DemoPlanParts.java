package nl.eenplan.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.Arrangement;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanReading;
import nl.eenplan.plan.Tab1;
import nl.eenplan.plan.lifearea.LifeArea;
import nl.eenplan.plan.lifearea.LifeAreaNote;
import nl.eenplan.plan.lifearea.LifeAreas;
import nl.eenplan.plan.lifearea.MatrixDomain;
import nl.eenplan.plan.lifearea.NewAssessment;
import nl.eenplan.plan.provision.Law;
import nl.eenplan.plan.provision.MemberLaw;
import nl.eenplan.plan.provision.MemberLawEntry;
import nl.eenplan.plan.provision.ProvisionKind;
import nl.eenplan.plan.provision.ProvisionRequest;
import nl.eenplan.plan.provision.Provisions;
import nl.eenplan.plan.provision.ScopeFrequency;
import nl.eenplan.plan.provision.ScopeUnit;
import nl.eenplan.plan.safety.SafetyContent;
import nl.eenplan.plan.safety.SafetyContent.Entry;
import nl.eenplan.plan.safety.SafetyPlanning;
import nl.eenplan.plan.treatment.TreatmentPlanDetails;
import nl.eenplan.plan.treatment.TreatmentPlans;

/**
 * The parts of the Jansen plan beyond the goals, filled in by the coordinator through the use cases the
 * plan's pages call, so the access log and the plan's versions are as if she typed them: the situation and
 * help question (PL-1), requested provisions with the law per member for the decision request (PL-3, PL-10),
 * life areas with two assessments over time (PL-4), a safety plan (PL-6) and two treatment plans (PL-7).
 */
class DemoPlanParts {

    /** Use cases of the plan's parts the demo drives. */
    record UseCases(
            PlanAccess access,
            PlanReading reading,
            PlanEditing editing,
            Provisions provisions,
            LifeAreas lifeAreas,
            SafetyPlanning safety,
            TreatmentPlans treatment) {}

    /** Who and what the parts name. */
    record Jansen(
            UUID household,
            UUID fatima,
            UUID michael,
            UUID grandmother,
            UUID hanna,
            UUID sem,
            UUID moneyGoal,
            UUID schoolGoal) {}

    private final UseCases use;

    DemoPlanParts(UseCases use) {
        this.use = use;
    }

    /** Fills every part as the coordinator, before the plan is established. */
    void fill(Jansen j, AccountPrincipal coordinatorAccount, LocalDate today) {
        var h = j.household();
        use.editing()
                .updateTab1(
                        h,
                        viewer(h, coordinatorAccount),
                        version(h, coordinatorAccount),
                        new Tab1(
                                Arrangement.COORDINATION_MEETING,
                                null,
                                "We zien elkaar elke twee weken bij Fatima thuis. Hanna belt Fatima elke maandag.",
                                false,
                                null,
                                today.minusWeeks(5),
                                "Fatima woont met Michael (14) en Sara (9) in een huurhuis. Ze verwacht over vier"
                                        + " maanden een baby. Er zijn schulden en de post blijft liggen. Michael gaat"
                                        + " sinds de zomer vaak niet naar school. Oma Ans helpt veel.",
                                "Fatima: \"Ik wil weer rust in mijn hoofd over geld, en ik wil dat Michael zijn"
                                        + " school afmaakt. Ik wil hulp die bij elkaar past, niet vijf loketten.\"",
                                Set.of(),
                                false));
        provisions(j, coordinatorAccount, today);
        lifeAreas(j, coordinatorAccount, today);
        safety(j, coordinatorAccount, today);
        treatment(j, coordinatorAccount, today);
    }

    private void provisions(Jansen j, AccountPrincipal account, LocalDate today) {
        var h = j.household();
        use.provisions()
                .setLaw(
                        h,
                        viewer(h, account),
                        version(h, account),
                        new MemberLawEntry(j.fatima(), MemberLaw.WMO, today.minusWeeks(6), today.minusWeeks(4)));
        use.provisions()
                .add(
                        h,
                        viewer(h, account),
                        version(h, account),
                        new ProvisionRequest(
                                j.michael(),
                                Law.JEUGDWET,
                                ProvisionKind.YOUTH_OUTPATIENT,
                                null,
                                "Jeugdhulp De Brug",
                                "Michael heeft hulp nodig om weer naar school te gaan en met zijn boosheid om te gaan.",
                                3,
                                ScopeUnit.HOUR,
                                ScopeFrequency.PER_WEEK,
                                today.plusWeeks(1),
                                today.plusMonths(6),
                                List.of(j.schoolGoal())));
        use.provisions()
                .add(
                        h,
                        viewer(h, account),
                        version(h, account),
                        new ProvisionRequest(
                                j.fatima(),
                                Law.WMO,
                                ProvisionKind.WMO_SUPPORT,
                                null,
                                "Schuldhulp Op Orde",
                                "Fatima wil leren haar post en rekeningen zelf bij te houden.",
                                2,
                                ScopeUnit.HOUR,
                                ScopeFrequency.PER_WEEK,
                                today.plusWeeks(1),
                                today.plusMonths(9),
                                List.of(j.moneyGoal())));
    }

    private void lifeAreas(Jansen j, AccountPrincipal account, LocalDate today) {
        var h = j.household();
        for (var note : List.of(
                new LifeAreaNote(
                        LifeArea.INCOME,
                        "Fatima heeft werk voor 20 uur per week.",
                        "Er zijn schulden en de post blijft ongeopend liggen.",
                        true,
                        "Ik schaam me ervoor en weet niet waar ik moet beginnen.",
                        "Er is haast: er zijn twee aanmaningen van de energieleverancier."),
                new LifeAreaNote(
                        LifeArea.EDUCATION,
                        "Sara gaat graag naar school.",
                        "Michael verzuimt veel; de school heeft de leerplichtambtenaar ingeschakeld.",
                        true,
                        "Michael vindt de klas te druk.",
                        "Een rooster met de mentor kan helpen om rustig terug te komen."),
                new LifeAreaNote(
                        LifeArea.SOCIAL_SUPPORT,
                        "Oma Ans woont dichtbij en helpt elke week.",
                        "",
                        true,
                        "Zonder mijn moeder lukt het niet.",
                        "Oma is een sterke steun; let op dat het haar niet te veel wordt."))) {
            use.lifeAreas().update(h, viewer(h, account), version(h, account), note);
        }
        assess(j, account, today.minusWeeks(6), 1, "Eerste gesprek bij Fatima thuis.");
        assess(j, account, today.minusDays(2), 0, "Na zes weken: de post is op orde, de schulden nog niet.");
        use.lifeAreas().link(h, viewer(h, account), version(h, account), j.moneyGoal(), EnumSet.of(LifeArea.INCOME));
        use.lifeAreas()
                .link(h, viewer(h, account), version(h, account), j.schoolGoal(), EnumSet.of(LifeArea.EDUCATION));
    }

    /** One assessment of Fatima; {@code lower} takes a step off the scores of the later one. */
    private void assess(Jansen j, AccountPrincipal account, LocalDate on, int lower, String note) {
        var h = j.household();
        var scores = Map.of(
                MatrixDomain.FINANCES, 2 - lower,
                MatrixDomain.WORK_EDUCATION, 3,
                MatrixDomain.HOUSING, 4,
                MatrixDomain.DOMESTIC_RELATIONS, 3 - lower,
                MatrixDomain.MENTAL_HEALTH, 3 - lower,
                MatrixDomain.PHYSICAL_HEALTH, 4,
                MatrixDomain.SOCIAL_NETWORK, 4,
                MatrixDomain.PARTICIPATION, 3);
        use.lifeAreas()
                .assess(
                        h,
                        viewer(h, account),
                        version(h, account),
                        new NewAssessment(j.fatima(), on, "Hanna Hulp", scores, note));
    }

    private void safety(Jansen j, AccountPrincipal account, LocalDate today) {
        var h = j.household();
        use.safety()
                .start(
                        h,
                        viewer(h, account),
                        version(h, account),
                        "Als er ruzie is over geld, wordt Michael soms zo boos dat hij met spullen gooit.",
                        null);
        use.safety()
                .change(
                        h,
                        viewer(h, account),
                        version(h, account),
                        new SafetyContent(
                                List.of(new Entry("Ruzie thuis loopt hoog op", "Fatima, Sara en Michael", null, null)),
                                List.of(
                                        new Entry(
                                                "Als het thuis te hoog oploopt, gaat Michael naar oma",
                                                "Oma Ans",
                                                j.grandmother(),
                                                null),
                                        new Entry(
                                                "Geen gesprekken over geld waar de kinderen bij zijn",
                                                "Fatima",
                                                null,
                                                null)),
                                List.of(new Entry(
                                        "Let bij elk huisbezoek op spanning in huis", "Hanna", j.hanna(), null)),
                                List.of(
                                        new Entry("Bij direct gevaar", "Politie en ambulance", null, "112"),
                                        new Entry("Zorgen over veiligheid thuis", "Veilig Thuis", null, "0800 2000")),
                                List.of(today.plusWeeks(2), today.plusWeeks(8))));
    }

    private void treatment(Jansen j, AccountPrincipal account, LocalDate today) {
        var h = j.household();
        use.treatment()
                .add(
                        h,
                        viewer(h, account),
                        version(h, account),
                        new TreatmentPlanDetails(
                                j.hanna(),
                                "Behandelplan gezinscoaching Michael",
                                "DB-2026-0142",
                                today.minusWeeks(4),
                                today.plusMonths(6),
                                List.of(j.schoolGoal()),
                                true));
        use.treatment()
                .add(
                        h,
                        viewer(h, account),
                        version(h, account),
                        new TreatmentPlanDetails(
                                j.sem(),
                                "Plan van aanpak schuldhulp",
                                "OO/2026/311",
                                today.minusWeeks(6),
                                today.plusYears(1),
                                List.of(j.moneyGoal()),
                                true));
    }

    private Viewer viewer(UUID household, AccountPrincipal account) {
        return use.access().viewer(household, account);
    }

    private int version(UUID household, AccountPrincipal account) {
        return use.reading()
                .currentAsPartOf(household, viewer(household, account))
                .version();
    }
}
