package nl.eenplan.plan.web.fhir;

import nl.eenplan.plan.Arrangement;
import nl.eenplan.plan.web.PlanResource;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;

/**
 * The plan as a CarePlan (PL-1, PL-2): its status, the household as subject, the coordinator as the
 * one responsible, the team, the goals in the household's order of priority (G-1) and the
 * actions as activities. Tab 1 only for whoever sees it: the first agreements as description,
 * how the team keeps in touch and whether the plan rests on a family-group plan (PL-8) as notes.
 */
final class CarePlans {

    private CarePlans() {}

    static CarePlan of(ExportedPlan exported, People people, CareTeam team, GoalsAndTasks goals, Labels labels) {
        var plan = exported.plan();
        var carePlan = Ids.identified(new CarePlan(), plan.planId())
                .setStatus(status(plan))
                .setIntent(CarePlan.CarePlanIntent.PLAN)
                .setTitle(labels.get("plan.fhir.title", plan.household()))
                .setSubject(people.householdReference())
                .addCareTeam(Ids.to(team, team.getName()));
        carePlan.getMeta().setVersionId(String.valueOf(plan.version()));
        if (plan.coordination().coordinator() != null) {
            carePlan.setAuthor(people.of(plan.coordination().coordinator()));
        }
        goals.goals().forEach(g -> carePlan.addGoal(Ids.to(g, g.getDescription().getText())));
        goals.actions().forEach(t -> carePlan.addActivity().setReference(Ids.to(t, t.getDescription())));
        var tab1 = plan.tab1();
        if (tab1 != null) {
            if (tab1.firstAgreements() != null && !tab1.firstAgreements().isBlank()) {
                carePlan.setDescription(tab1.firstAgreements());
            }
            if (tab1.arrangement() != null) {
                var how = tab1.arrangement() == Arrangement.OTHER
                        ? tab1.arrangementOther()
                        : labels.get(
                                "plan.page.arrangement." + tab1.arrangement().name());
                carePlan.addNote(new Annotation().setText(labels.get("plan.fhir.arrangement", how)));
            }
            if (tab1.familyGroupPlan()) {
                carePlan.addNote(new Annotation().setText(labels.get("plan.fhir.familyGroupPlan")));
            }
        }
        return carePlan;
    }

    /** PL-9, R-7: a draft, an established plan in force, or a closed one. */
    private static CarePlan.CarePlanStatus status(PlanResource plan) {
        return switch (plan.status()) {
            case DRAFT -> CarePlan.CarePlanStatus.DRAFT;
            case ESTABLISHED -> CarePlan.CarePlanStatus.ACTIVE;
            case CLOSED -> CarePlan.CarePlanStatus.COMPLETED;
        };
    }
}
