package nl.eenplan.plan.web.fhir;

import java.util.ArrayList;
import java.util.List;
import nl.eenplan.consent.ConsentFile;
import nl.eenplan.consent.ConsentLine;
import nl.eenplan.consent.ConsentStatus;
import nl.eenplan.consent.MemberConsents;
import nl.eenplan.consent.Recipient;
import nl.eenplan.plan.web.PlanResource.PersonReference;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.springframework.web.util.HtmlUtils;

/**
 * C-1, C-2: the recorded consents, per household member, as his consent overview shows them to the
 * reader: about whom, given by whom, for which information, with whom (participants and
 * organisations of the team), for which period, and where each stands today. The purpose, in the
 * words it was recorded in, is the narrative.
 */
final class Consents {

    static final String CATEGORIES = "urn:eenplan:fhir:information-category";

    private Consents() {}

    static List<Consent> of(ConsentFile file, People people, Labels labels) {
        var all = new ArrayList<Consent>();
        for (var member : file.members()) {
            if (member.covered()) {
                member.consents().forEach(line -> all.add(consent(file, member, line, people, labels)));
            }
        }
        return all;
    }

    private static Consent consent(
            ConsentFile file, MemberConsents member, ConsentLine line, People people, Labels labels) {
        var c = line.consent();
        var consent = Ids.identified(new Consent(), c.id())
                .setStatus(status(line.status()))
                .setScope(concept(
                        "http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", "Privacy Consent"))
                .addCategory(concept("http://loinc.org", "59284-0", "Patient Consent"))
                .setPatient(people.member(member.member().id(), member.member().name()))
                .setDateTimeElement(Ids.moment(c.recordedAt()))
                .setPolicyRule(concept("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", "opt-in"));
        var narrative = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDivAsString(
                "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + HtmlUtils.htmlEscape(c.purpose(), "UTF-8") + "</div>");
        consent.setText(narrative);
        c.givenBy().stream()
                .sorted()
                .forEach(giver -> consent.addPerformer(people.member(giver, file.memberName(giver))));
        var provision = consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
        provision.setPeriod(new Period()
                .setStartElement(
                        new org.hl7.fhir.r4.model.DateTimeType(c.validFrom().toString()))
                .setEndElement(
                        c.validUntil() == null
                                ? null
                                : new org.hl7.fhir.r4.model.DateTimeType(
                                        c.validUntil().toString())));
        provision.addPurpose(
                new Coding("http://terminology.hl7.org/CodeSystem/v3-ActReason", "COC", "coordination of care"));
        c.categories().stream().sorted().forEach(category -> {
            var text = labels.get("consent.category." + category.name());
            var code = new CodeableConcept().setText(text);
            code.addCoding().setSystem(CATEGORIES).setCode(category.name()).setDisplay(text);
            provision.addCode(code);
        });
        for (var label : file.recipients(c.recipients())) {
            var recipient = Recipient.parse(label.code()).orElseThrow();
            var reference = recipient.kind() == Recipient.Kind.ORGANISATION
                    ? people.organisation(recipient.id(), label.name())
                    : people.of(new PersonReference(recipient.id(), label.name()));
            provision
                    .addActor()
                    .setRole(concept(
                            "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                            "IRCP",
                            "information recipient"))
                    .setReference(reference);
        }
        return consent;
    }

    /** C-1, C-3: in force (or about to be), to be asked again, or no longer in force. */
    private static Consent.ConsentState status(ConsentStatus status) {
        return switch (status) {
            case VALID, NOT_YET_VALID -> Consent.ConsentState.ACTIVE;
            case NEEDS_RENEWAL -> Consent.ConsentState.PROPOSED;
            case EXPIRED, WITHDRAWN -> Consent.ConsentState.INACTIVE;
        };
    }

    private static CodeableConcept concept(String system, String code, String display) {
        var concept = new CodeableConcept();
        concept.addCoding().setSystem(system).setCode(code).setDisplay(display);
        return concept;
    }
}
