package nl.eenplan.plan.safety.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import nl.eenplan.consent.PlanConsentMissing;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.VersionTag;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanRefused;
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
 * The safety plan API's refusals as RFC 9457 problems, as the plan API answers them: 404 for whoever does
 * not take part, 403 {@code consent-missing} without consent, 412 on an outdated version, 422 for the
 * method's rules. A safety plan not shared with a professional (PL-6, C-2) is 403 {@code consent-missing}
 * too, naming the members and where a decision to share without consent is recorded (C-5).
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

    @ExceptionHandler(PlanNotFound.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return answer(ApiProblem.of(messages, HttpStatus.NOT_FOUND, "plan.api.notFound", request));
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

    @ExceptionHandler(PlanRefused.class)
    ResponseEntity<ProblemDetail> refused(PlanRefused e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.UNPROCESSABLE_CONTENT, e.reason(), request);
        problem.setProperty("reason", e.reason());
        return answer(problem);
    }

    @ExceptionHandler(PlanChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(PlanChangedMeanwhile e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.PRECONDITION_FAILED, "plan.api.changedMeanwhile", request);
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(VersionTag.of(e.currentVersion()).header())
                .body(problem);
    }

    private String consentTitle(HttpServletRequest request) {
        return messages.getMessage("plan.api.consentMissing.title", null, ApiProblem.language(request));
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
