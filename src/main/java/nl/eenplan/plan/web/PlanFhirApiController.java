package nl.eenplan.plan.web;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.web.fhir.Labels;
import nl.eenplan.plan.web.fhir.PlanBundle;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * a household's plan as a FHIR R4 Bundle, for another care system (docs/adr/0028). Who may have
 * it, and how much, is decided as for reading the plan (X-1, X-5, C-1); the export is logged as such.
 */
@RestController
class PlanFhirApiController {

    static final String FHIR_JSON = "application/fhir+json";

    private final PlanResources resources;
    private final FhirContext fhir;
    private final MessageSource messages;

    PlanFhirApiController(PlanResources resources, FhirContext fhir, MessageSource messages) {
        this.resources = resources;
        this.fhir = fhir;
        this.messages = messages;
    }

    /** As {@code application/fhir+json}, or as {@code application/json} for a client that asks for that. */
    @GetMapping(
            path = "/api/v1/households/{householdId}/plan/fhir",
            produces = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> plan(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            HttpServletRequest request) {
        var exported = resources.export(householdId, person);
        var labels = new Labels(messages, PlanApiProblems.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        var body = fhir.newJsonParser().encodeResourceToString(PlanBundle.of(exported, labels));
        return ResponseEntity.ok().body(body);
    }
}
