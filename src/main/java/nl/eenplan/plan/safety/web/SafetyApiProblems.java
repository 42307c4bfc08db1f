package nl.eenplan.plan.safety.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import nl.eenplan.consent.PlanConsentMissing;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.plan.safety.SafetyPlanHidden;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the safety plan API says in its own words, as RFC 9457 problems: 403 {@code consent-missing}
 * without consent, and a safety plan not shared with a professional (PL-6, C-2) is 403
 * {@code consent-missing} too, naming the members and where a decision to share without consent is
 * recorded (C-5). 404 for whoever does not take part, 412 on an outdated version and 422 for the
 * method's rules are answered as the plan answers them ({@code PlanApiProblems}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = SafetyApiController.class)
class SafetyApiProblems {

    static final URI CONSENT_MISSING = URI.create("urn:eenplan:problem:consent-missing");
    static final URI NOT_SHOWN = URI.create("urn:eenplan:problem:safety-plan-not-shown");

    private final MessageSource messages;

    SafetyApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlanConsentMissing.class)
    ResponseEntity<ProblemDetail> consentMissing(PlanConsentMissing e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.FORBIDDEN, "plan.api.consentMissing", request);
        problem.setType(CONSENT_MISSING);
        problem.setTitle(consentTitle(request));
        problem.setProperty(
                "membersWithoutConsent",
                e.membersWithoutConsent().stream().map(UUID::toString).sorted().toList());
        problem.setProperty("consents", "/households/" + e.householdId() + "/consents");
        return answer(problem);
    }

    /** PL-6, C-2, C-5: the plan is shared, the safety plan is not. */
    @ExceptionHandler(SafetyPlanHidden.class)
    ResponseEntity<ProblemDetail> hidden(SafetyPlanHidden e, HttpServletRequest request) {
        if (!e.professional()) {
            var problem = ApiProblem.of(messages, HttpStatus.FORBIDDEN, "plan.safety.api.hidden.member", request);
            problem.setType(NOT_SHOWN);
            return answer(problem);
        }
        var problem = ApiProblem.of(messages, HttpStatus.FORBIDDEN, "plan.safety.api.hidden", request);
        problem.setType(CONSENT_MISSING);
        problem.setTitle(consentTitle(request));
        problem.setProperty(
                "membersWithoutConsent",
                e.membersWithoutConsent().stream().map(UUID::toString).sorted().toList());
        problem.setProperty("category", "SAFETY_PLAN");
        problem.setProperty("consents", "/households/" + e.householdId() + "/consents");
        problem.setProperty("sharingWithoutConsent", "/households/" + e.householdId() + "/consents/overrides/new");
        problem.setProperty(
                "sharingWithoutConsentApi", "/api/v1/households/" + e.householdId() + "/consents/overrides");
        return answer(problem);
    }

    private String consentTitle(HttpServletRequest request) {
        return messages.getMessage("plan.api.consentMissing.title", null, ApiProblem.language(request));
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
