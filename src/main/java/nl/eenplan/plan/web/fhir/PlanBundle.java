package nl.eenplan.plan.web.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * A household's plan as a FHIR R4 collection Bundle (docs/adr/0028), made only from what the reader
 * may see of it ({@link ExportedPlan}): the CarePlan first, then its CareTeam, Goals, Tasks, the
 * consents, the household Group and the people and organisations they name.
 */
public final class PlanBundle {

    private PlanBundle() {}

    public static Bundle of(ExportedPlan exported, Labels labels) {
        var people = new People(exported);
        var plan = exported.plan();
        var planReference = Ids.to(
                Ids.identified(new org.hl7.fhir.r4.model.CarePlan(), plan.planId()),
                labels.get("plan.fhir.title", plan.household()));
        var goals = new GoalsAndTasks(plan.goals(), planReference, people);
        var team = CareTeams.of(exported, people, labels);
        var carePlan = CarePlans.of(exported, people, team, goals, labels);
        var consents = exported.consents() == null
                ? List.<Resource>of()
                : List.<Resource>copyOf(Consents.of(exported.consents(), people, labels));

        var resources = new ArrayList<Resource>();
        resources.add(carePlan);
        resources.add(team);
        resources.addAll(goals.goals());
        resources.addAll(goals.actions());
        resources.addAll(goals.parts());
        resources.addAll(consents);
        resources.addAll(people.resources());

        var bundle = new Bundle().setType(Bundle.BundleType.COLLECTION).setTimestamp(Date.from(exported.exportedAt()));
        resources.forEach(r -> bundle.addEntry()
                .setFullUrl(Ids.urn(UUID.fromString(r.getIdPart())))
                .setResource(r));
        return bundle;
    }
}
