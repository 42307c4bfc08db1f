package nl.eenplan.plan.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** The check the export tests rely on finds what breaks the base R4 profiles. */
class BaseR4ValidationTests {

    private static final FhirContext FHIR = FhirContext.forR4();

    @Test
    void findsAMissingRequiredElementAndAReferenceOutsideTheBundle() {
        var plan = new CarePlan().setSubject(new Reference("urn:uuid:00000000-0000-0000-0000-000000000001"));
        plan.setId("00000000-0000-0000-0000-000000000002");
        var bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry()
                .setFullUrl("urn:uuid:00000000-0000-0000-0000-000000000002")
                .setResource(plan);

        var errors = new BaseR4Validation(FHIR).errors(FHIR.newJsonParser().encodeResourceToString(bundle));

        assertThat(errors)
                .anyMatch(e -> e.contains("CarePlan.status occurs 0 times"))
                .anyMatch(e -> e.contains("CarePlan.intent occurs 0 times"))
                .anyMatch(e -> e.contains("is not in the bundle"));
    }
}
