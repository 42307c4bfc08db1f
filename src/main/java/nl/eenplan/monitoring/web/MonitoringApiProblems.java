package nl.eenplan.monitoring.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.monitoring.DashboardNotFound;
import nl.eenplan.monitoring.Period;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The monitoring API's refusals as RFC 9457 problems, ahead of the general API handler: a dashboard one
 * may not see is 404 like one that does not exist; a period that cannot be read is 400.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = MonitoringApiController.class)
class MonitoringApiProblems {

    private final MessageSource messages;

    MonitoringApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DashboardNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.NOT_FOUND, "monitoring.notFound", request);
    }

    @ExceptionHandler(Period.BadPeriod.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail badPeriod(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.BAD_REQUEST, "monitoring.period.bad", request);
    }
}
