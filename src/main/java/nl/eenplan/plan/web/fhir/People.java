package nl.eenplan.plan.web.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.plan.web.PlanResource.ParticipantResource;
import nl.eenplan.plan.web.PlanResource.PersonReference;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;

/**
 * The people of an export. Someone whose place in the team the reader sees (the team list of the plan
 * read, X-5) becomes a resource by kind: a household member a Patient, a network member a
 * RelatedPerson, a professional a Practitioner, with name only. Anyone else the reader sees on his part
 * of the plan is named by id and name alone ({@link Ids#logical}). The household is a Group of its
 * Patients, the subject of the plan.
 */
final class People {

    private final Map<UUID, Resource> byParticipant = new LinkedHashMap<>();
    private final Map<UUID, Patient> byMember = new LinkedHashMap<>();
    private final Map<UUID, Organization> organisations = new LinkedHashMap<>();
    private final Group household;

    People(ExportedPlan exported) {
        var plan = exported.plan();
        household = Ids.identified(new Group(), plan.householdId())
                .setType(Group.GroupType.PERSON)
                .setActual(true)
                .setName(plan.household());
        var team = exported.whole() ? plan.participants() : List.<ParticipantResource>of();
        team.stream().filter(p -> p.kind() == ParticipantKind.HOUSEHOLD_MEMBER).forEach(p -> {
            var patient = patient(p.id(), p.name()).setActive(p.active());
            byParticipant.put(p.id(), patient);
            var member = exported.memberOfParticipant().get(p.id());
            if (member != null) {
                byMember.put(member, patient);
            }
        });
        var firstPatient = byParticipant.values().stream()
                .map(Patient.class::cast)
                .findFirst()
                .map(patient -> Ids.to(patient, name(patient)))
                .orElseGet(() -> new Reference().setDisplay(plan.household()));
        for (var p : team) {
            switch (p.kind()) {
                case NETWORK ->
                    byParticipant.put(
                            p.id(),
                            Ids.identified(new RelatedPerson(), p.id())
                                    .setActive(p.active())
                                    .addIdentifier(identifier(p.id()))
                                    .addName(new HumanName().setText(p.name()))
                                    .setPatient(firstPatient.copy())
                                    .addRelationship(new CodeableConcept().setText(p.relation())));
                case PROFESSIONAL ->
                    byParticipant.put(
                            p.id(),
                            Ids.identified(new Practitioner(), p.id())
                                    .setActive(p.active())
                                    .addIdentifier(identifier(p.id()))
                                    .addName(new HumanName().setText(p.name())));
                case HOUSEHOLD_MEMBER -> {}
            }
        }
    }

    Group household() {
        return household;
    }

    Reference householdReference() {
        return Ids.to(household, household.getName());
    }

    /** A participant as the plan read names him: to his resource when there is one, else by id and name. */
    Reference of(PersonReference person) {
        if (person == null) {
            return null;
        }
        var resource = byParticipant.get(person.id());
        return resource == null ? Ids.logical(person.id(), person.name()) : Ids.to(resource, person.name());
    }

    /** A household member (of a consent): his participant's Patient, or a Patient of his own. */
    Reference member(UUID memberId, String name) {
        return Ids.to(byMember.computeIfAbsent(memberId, id -> patient(id, name)), name);
    }

    /** An organisation of the team that a consent names as recipient (C-2). */
    Reference organisation(UUID organisationId, String name) {
        var organisation = organisations.computeIfAbsent(
                organisationId,
                id -> Ids.identified(new Organization(), id)
                        .addIdentifier(identifier(id))
                        .setName(name));
        return Ids.to(organisation, name);
    }

    /** The household Group with its members, its Patients, the others in team order, then organisations. */
    List<Resource> resources() {
        var patients = new LinkedHashSet<Patient>();
        byParticipant.values().stream()
                .filter(Patient.class::isInstance)
                .map(Patient.class::cast)
                .forEach(patients::add);
        patients.addAll(byMember.values());
        household.getMember().clear();
        patients.forEach(p -> household.addMember().setEntity(Ids.to(p, name(p))));
        var all = new ArrayList<Resource>();
        all.add(household);
        all.addAll(patients);
        byParticipant.values().stream().filter(r -> !(r instanceof Patient)).forEach(all::add);
        all.addAll(organisations.values());
        return all;
    }

    private static Patient patient(UUID id, String name) {
        return Ids.identified(new Patient(), id).addIdentifier(identifier(id)).addName(new HumanName().setText(name));
    }

    private static String name(Patient patient) {
        return patient.getNameFirstRep().getText();
    }

    private static Identifier identifier(UUID id) {
        return new Identifier().setSystem(Ids.URI).setValue(Ids.urn(id));
    }
}
