package nl.eenplan.plan.provision.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import nl.eenplan.consent.PlanConsentMissing;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.VersionTag;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanRefused;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Tab 3's API errors as the plan API answers them (RFC 9457): 404 for a plan or provision someone may
 * not see (X-1: never a hint), 403 with the consent-missing type (C-1), 422 for a refusal of the
 * method, 412 with the current ETag when the plan changed meanwhile.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ProvisionApiController.class)
class ProvisionApiProblems {

    private static final URI CONSENT_MISSING = URI.create("urn:eenplan:problem:consent-missing");

    private final MessageSource messages;

    ProvisionApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlanNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.NOT_FOUND, "plan.api.notFound", request);
    }

    @ExceptionHandler(PlanConsentMissing.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ProblemDetail consentMissing(PlanConsentMissing e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.FORBIDDEN, "plan.api.consentMissing", request);
        problem.setType(CONSENT_MISSING);
        problem.setTitle(messages.getMessage("plan.api.consentMissing.title", null, ApiProblem.language(request)));
        problem.setProperty(
                "membersWithoutConsent",
                e.membersWithoutConsent().stream().map(UUID::toString).sorted().toList());
        problem.setProperty("consentsApi", "/api/v1/households/" + e.householdId() + "/consents");
        return problem;
    }

    @ExceptionHandler(PlanRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail refused(PlanRefused e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.UNPROCESSABLE_CONTENT, e.reason(), request);
        problem.setProperty("reason", e.reason());
        return problem;
    }

    @ExceptionHandler(PlanChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(PlanChangedMeanwhile e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.PRECONDITION_FAILED, "plan.api.changedMeanwhile", request);
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(VersionTag.of(e.currentVersion()).header())
                .body(problem);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.BAD_REQUEST, "plan.api.unreadable", request);
    }
}
