package nl.eenplan.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import nl.eenplan.consent.PlanConsentMissing;
import nl.eenplan.home.AnswerLanguage;
import nl.eenplan.home.VersionTag;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanRefused;
import nl.eenplan.plan.lifearea.web.LifeAreaApiController;
import nl.eenplan.plan.provision.web.ProvisionApiController;
import nl.eenplan.plan.safety.web.SafetyApiController;
import nl.eenplan.plan.treatment.web.TreatmentPlanApiController;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The plan API's errors as RFC 9457 problem details, the detail in the language of
 * Accept-Language (Dutch unless English is asked for), for the plan's own API and that of its parts
 * (life areas, safety plan, provisions, treatment plans) alike. Ahead of the general API handler, so that
 * an unknown id is a 404 like a plan someone does not take part in (X-1: never a hint); a
 * participant without consent gets 403 with the type {@code urn:eenplan:problem:consent-missing}. Just
 * after the parts' own advices, which answer what only they know (and say some of these in their own
 * words); how the plan's own bodies are read is {@link PlanReadingProblems}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@RestControllerAdvice(
        assignableTypes = {
            HouseholdApiController.class,
            PlanApiController.class,
            GoalApiController.class,
            // Issue 16: the plan's further steps and earlier plans.
            GoalStepsApiController.class,
            PlanStepsApiController.class,
            EarlierPlanApiController.class,
            // Issue 16: the plan as FHIR (docs/adr/0028).
            PlanFhirApiController.class,
            // The plan's parts: their refusals and changes meanwhile are the plan's.
            LifeAreaApiController.class,
            SafetyApiController.class,
            ProvisionApiController.class,
            TreatmentPlanApiController.class
        })
class PlanApiProblems {

    /** The problem type of a plan that may not be shared with the person asking (C-1). */
    static final URI CONSENT_MISSING = URI.create("urn:eenplan:problem:consent-missing");

    private final MessageSource messages;

    PlanApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlanNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "plan.api.notFound", request);
    }

    /**
     * C-1: the person takes part, so he is not told the plan does not exist, but it may not be shared
     * with him: 403, naming the members whose consent is missing (by id) and where consent is recorded.
     */
    @ExceptionHandler(PlanConsentMissing.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ProblemDetail consentMissing(PlanConsentMissing e, HttpServletRequest request) {
        var problem = problem(HttpStatus.FORBIDDEN, "plan.api.consentMissing", request);
        problem.setType(CONSENT_MISSING);
        problem.setTitle(messages.getMessage(
                "plan.api.consentMissing.title", null, language(request.getHeader("Accept-Language"))));
        problem.setProperty(
                "membersWithoutConsent",
                e.membersWithoutConsent().stream().map(UUID::toString).sorted().toList());
        problem.setProperty("consents", "/households/" + e.householdId() + "/consents");
        // Issue 16: where an API client records the consent, and whom the age rule asks (C-1).
        problem.setProperty("consentsApi", "/api/v1/households/" + e.householdId() + "/consents");
        problem.setProperty("consentRulesApi", "/api/v1/households/" + e.householdId() + "/consents/required");
        return problem;
    }

    @ExceptionHandler(PlanRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail refused(PlanRefused e, HttpServletRequest request) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.reason(), request);
        problem.setProperty("reason", e.reason());
        return problem;
    }

    /** The ETag names the version that is current now: read it again, then change it. */
    @ExceptionHandler(PlanChangedMeanwhile.class)
    @ResponseStatus(HttpStatus.PRECONDITION_FAILED)
    ResponseEntity<ProblemDetail> changedMeanwhile(PlanChangedMeanwhile e, HttpServletRequest request) {
        var problem = problem(HttpStatus.PRECONDITION_FAILED, "plan.api.changedMeanwhile", request);
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(VersionTag.of(e.currentVersion()).header())
                .body(problem);
    }

    private ProblemDetail problem(HttpStatus status, String key, HttpServletRequest request) {
        var locale = language(request.getHeader("Accept-Language"));
        return ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, key, locale));
    }

    static Locale language(String acceptLanguage) {
        return AnswerLanguage.of(acceptLanguage);
    }
}
