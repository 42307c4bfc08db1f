package nl.eenplan.plan.web.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one FhirContext of EenPlan (R4): expensive to make, safe to share between requests. */
@Configuration
class FhirConfiguration {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }
}
