package nl.eenplan.plan.treatment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import nl.eenplan.consent.PlanConsentMissing;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.VersionTag;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanNotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the treatment plan API says in its own words, as RFC 9457 problems in the language of the request:
 * 404 for what someone may not see (X-1: never a hint), 403 without consent (C-1), 412 when the plan
 * changed meanwhile. 422 for the method's rules (PL-7) is answered as the plan answers it
 * ({@code PlanApiProblems}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = TreatmentPlanApiController.class)
class TreatmentPlanApiProblems {

    private static final URI CONSENT_MISSING = URI.create("urn:eenplan:problem:consent-missing");

    private final MessageSource messages;

    TreatmentPlanApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** Bean Validation writes its messages in the language of the request, before any handler runs. */
    @InitBinder
    void language(HttpServletRequest request) {
        LocaleContextHolder.setLocale(ApiProblem.language(request));
    }

    @ExceptionHandler(PlanNotFound.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return answer(ApiProblem.of(messages, HttpStatus.NOT_FOUND, "plan.treatment.api.notFound", request));
    }

    @ExceptionHandler(PlanConsentMissing.class)
    ResponseEntity<ProblemDetail> consentMissing(PlanConsentMissing e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.FORBIDDEN, "plan.api.consentMissing", request);
        problem.setType(CONSENT_MISSING);
        problem.setTitle(messages.getMessage("plan.api.consentMissing.title", null, ApiProblem.language(request)));
        problem.setProperty(
                "membersWithoutConsent",
                e.membersWithoutConsent().stream().map(UUID::toString).sorted().toList());
        problem.setProperty("consentsApi", "/api/v1/households/" + e.householdId() + "/consents");
        return answer(problem);
    }

    /** The ETag names the version that is current now: read it again, then change it. */
    @ExceptionHandler(PlanChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(PlanChangedMeanwhile e, HttpServletRequest request) {
        var problem =
                ApiProblem.of(messages, HttpStatus.PRECONDITION_FAILED, "plan.treatment.api.changedMeanwhile", request);
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(VersionTag.of(e.currentVersion()).header())
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
