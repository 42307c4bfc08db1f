package nl.eenplan.plan.lifearea.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import nl.eenplan.consent.PlanConsentMissing;
import nl.eenplan.home.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * PL-4: what tab 4's API says in its own words: consent missing (403, C-1) naming where the API records
 * it. Not found (404, X-1: no hint), a rule of the method (422) and the plan changed meanwhile (412) are
 * answered as the plan answers them ({@code PlanApiProblems}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = LifeAreaApiController.class)
class LifeAreaApiProblems {

    private final MessageSource messages;

    LifeAreaApiProblems(MessageSource messages) {
        this.messages = messages;
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

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
