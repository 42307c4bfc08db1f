package nl.eenplan.plan.web.fhir;

import java.util.UUID;
import nl.eenplan.plan.web.PlanResource;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;

/**
 * H-2, R-1: the team around the household as a CareTeam. Whoever sees the whole plan gets every
 * participant with his relation to the household as role; a network member only who coordinates,
 * which everyone sees. The coordinator and process coordinator carry a role of their own.
 */
final class CareTeams {

    static final String ROLES = "urn:eenplan:fhir:role";

    private CareTeams() {}

    static CareTeam of(ExportedPlan exported, People people, Labels labels) {
        var plan = exported.plan();
        var team = Ids.identified(new CareTeam(), Ids.derived("care-team", plan.planId()))
                .setStatus(
                        plan.status() == nl.eenplan.plan.PlanStatus.CLOSED
                                ? CareTeam.CareTeamStatus.INACTIVE
                                : CareTeam.CareTeamStatus.ACTIVE)
                .setName(labels.get("plan.fhir.careTeam", plan.household()))
                .setSubject(people.householdReference());
        var coordination = plan.coordination();
        var coordinator = coordination.coordinator() == null
                ? null
                : coordination.coordinator().id();
        var processCoordinator = coordination.processCoordinator() == null
                ? null
                : coordination.processCoordinator().id();
        if (exported.whole()) {
            for (var p : plan.participants()) {
                var participant =
                        team.addParticipant().setMember(people.of(new PlanResource.PersonReference(p.id(), p.name())));
                participant.addRole(new CodeableConcept().setText(p.relation()));
                role(participant, p.id(), coordinator, processCoordinator, labels);
            }
            return team;
        }
        for (var person :
                new PlanResource.PersonReference[] {coordination.coordinator(), coordination.processCoordinator()}) {
            if (person != null) {
                role(
                        team.addParticipant().setMember(people.of(person)),
                        person.id(),
                        coordinator,
                        processCoordinator,
                        labels);
            }
        }
        return team;
    }

    private static void role(
            CareTeam.CareTeamParticipantComponent participant,
            UUID id,
            UUID coordinator,
            UUID processCoordinator,
            Labels labels) {
        if (id.equals(coordinator)) {
            participant.addRole(role("coordinator", labels.get("plan.fhir.role.coordinator")));
        }
        if (id.equals(processCoordinator)) {
            participant.addRole(role("process-coordinator", labels.get("plan.fhir.role.processCoordinator")));
        }
    }

    private static CodeableConcept role(String code, String text) {
        var role = new CodeableConcept().setText(text);
        role.addCoding().setSystem(ROLES).setCode(code).setDisplay(text);
        return role;
    }
}
