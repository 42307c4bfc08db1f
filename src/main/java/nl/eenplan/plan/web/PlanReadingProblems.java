package nl.eenplan.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.eenplan.home.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the plan's own API reads a request: Bean Validation speaks the language of Accept-Language, and a
 * body it cannot read is refused (400) in the plan's words. The plan's parts leave this to the general API
 * handler; what the plan and its parts refuse alike is {@link PlanApiProblems}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(
        assignableTypes = {
            HouseholdApiController.class,
            PlanApiController.class,
            GoalApiController.class,
            GoalStepsApiController.class,
            PlanStepsApiController.class,
            EarlierPlanApiController.class,
            PlanFhirApiController.class
        })
class PlanReadingProblems {

    private final MessageSource messages;

    PlanReadingProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** Bean Validation writes its messages in the language of the request, before any handler runs. */
    @InitBinder
    void language(HttpServletRequest request) {
        LocaleContextHolder.setLocale(PlanApiProblems.language(request.getHeader("Accept-Language")));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, DataIntegrityViolationException.class})
    ProblemDetail unreadable(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.BAD_REQUEST, "plan.api.unreadable", request);
    }
}
