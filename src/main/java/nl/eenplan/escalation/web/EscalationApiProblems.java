package nl.eenplan.escalation.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.eenplan.escalation.EscalationChangedMeanwhile;
import nl.eenplan.escalation.EscalationNotFound;
import nl.eenplan.escalation.EscalationRefused;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanNotFound;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The escalation API's refusals as RFC 9457 problems, ahead of the general API handler: an escalation
 * this person may not see is 404 like one that does not exist; a refusal of the method's rules
 * is 422 naming its {@code reason}; a change on an older version of the escalation is 412.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(
        assignableTypes = {
            HouseholdEscalationApiController.class,
            EscalationApiController.class,
            EscalationOverviewApiController.class,
            StagnationApiController.class
        })
class EscalationApiProblems {

    private final MessageSource messages;

    EscalationApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({EscalationNotFound.class, PlanNotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.NOT_FOUND, "escalation.api.notFound", request);
    }

    @ExceptionHandler(EscalationRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail refused(EscalationRefused e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.UNPROCESSABLE_CONTENT, e.reason(), request);
        problem.setProperty("reason", e.reason());
        return problem;
    }

    /** Someone else changed the escalation (or, on de-escalation, the plan) first: nothing was stored. */
    @ExceptionHandler({EscalationChangedMeanwhile.class, PlanChangedMeanwhile.class})
    @ResponseStatus(HttpStatus.PRECONDITION_FAILED)
    ProblemDetail changedMeanwhile(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.PRECONDITION_FAILED, "escalation.api.changedMeanwhile", request);
    }
}
