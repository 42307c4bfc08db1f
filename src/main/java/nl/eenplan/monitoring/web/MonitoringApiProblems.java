package nl.eenplan.monitoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.VersionTag;
import nl.eenplan.monitoring.DashboardNotFound;
import nl.eenplan.monitoring.EvaluationChangedMeanwhile;
import nl.eenplan.monitoring.FindingsRefused;
import nl.eenplan.monitoring.Period;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The monitoring API's refusals as RFC 9457 problems, ahead of the general API handler: a dashboard one
 * may not see is 404 like one that does not exist; a period that cannot be read is 400; findings that
 * break a rule are 400 naming each field under {@code errors}; findings saved on an older version are 412
 * with the current ETag.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {MonitoringApiController.class, YearEvaluationApiController.class})
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

    @ExceptionHandler(FindingsRefused.class)
    ResponseEntity<ProblemDetail> refused(FindingsRefused e, HttpServletRequest request) {
        var locale = ApiProblem.language(request);
        var problem = ApiProblem.of(messages, HttpStatus.BAD_REQUEST, "api.invalid", request);
        problem.setProperty(
                "errors",
                e.fields().entrySet().stream()
                        .map(f -> new ApiProblem.FieldProblem(
                                f.getKey(), messages.getMessage(f.getValue(), null, locale)))
                        .sorted(Comparator.comparing(ApiProblem.FieldProblem::field))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(EvaluationChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> stale(EvaluationChangedMeanwhile e, HttpServletRequest request) {
        var problem =
                ApiProblem.of(messages, HttpStatus.PRECONDITION_FAILED, "monitoring.api.changedMeanwhile", request);
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(VersionTag.of(e.currentVersion()).header())
                .body(problem);
    }

    @ExceptionHandler(Period.BadPeriod.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail badPeriod(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.BAD_REQUEST, "monitoring.period.bad", request);
    }
}
