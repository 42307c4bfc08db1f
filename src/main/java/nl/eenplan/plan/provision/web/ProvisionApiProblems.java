package nl.eenplan.plan.provision.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import nl.eenplan.consent.PlanConsentMissing;
import nl.eenplan.home.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What tab 3's API says in its own words (RFC 9457): 403 with the consent-missing type (C-1) naming where
 * the API records consent, and 400 for what the database cannot keep. 404 for a plan or provision someone
 * may not see (X-1: never a hint), 422 for a refusal of the method and 412 with the current ETag when the
 * plan changed meanwhile are answered as the plan answers them ({@code PlanApiProblems}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ProvisionApiController.class)
class ProvisionApiProblems {

    private static final URI CONSENT_MISSING = URI.create("urn:eenplan:problem:consent-missing");

    private final MessageSource messages;

    ProvisionApiProblems(MessageSource messages) {
        this.messages = messages;
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

    @ExceptionHandler(DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.BAD_REQUEST, "plan.api.unreadable", request);
    }
}
