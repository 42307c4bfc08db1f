package nl.eenplan.plan.lifearea.web;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * PL-4: tab 4's API refusals as RFC 9457 problems, as the plan API answers them: not found (404, X-1: no
 * hint), consent missing (403, C-1), a rule of the method (422), the plan changed meanwhile (412).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = LifeAreaApiController.class)
class LifeAreaApiProblems {

    private final MessageSource messages;

    LifeAreaApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlanNotFound.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return answer(ApiProblem.of(messages, HttpStatus.NOT_FOUND, "plan.api.notFound", request));
    }

    @ExceptionHandler(PlanConsentMissing.class)
    ResponseEntity<ProblemDetail> consentMissing(PlanConsentMissing e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.FORBIDDEN, "plan.api.consentMissing", request);
        problem.setType(URI.create("urn:eenplan:problem:consent-missing"));
        problem.setTitle(messages.getMessage("plan.api.consentMissing.title", null, ApiProblem.language(request)));
        problem.setProperty(
                "membersWithoutConsent",
                e.membersWithoutConsent().stream().map(UUID::toString).sorted().toList());
        problem.setProperty("consentsApi", "/api/v1/households/" + e.householdId() + "/consents");
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

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
