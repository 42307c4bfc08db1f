package nl.eenplan.implementation.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.VersionTag;
import nl.eenplan.implementation.RequirementsChangedMeanwhile;
import nl.eenplan.implementation.RequirementsNotFound;
import nl.eenplan.implementation.RequirementsRefused;
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
 * The requirements API's own answers: a provider or municipality someone may not see 404 (never a hint
 * that it exists); a recording the rules refuse 422 with its {@code reason}; an older version 412.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = RequirementsApiController.class)
class RequirementsApiProblems {

    private final MessageSource messages;

    RequirementsApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RequirementsNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.NOT_FOUND, "requirements.api.notFound", request);
    }

    @ExceptionHandler(RequirementsRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail refused(RequirementsRefused e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.UNPROCESSABLE_CONTENT, e.reason(), request);
        problem.setProperty("reason", e.reason());
        return problem;
    }

    @ExceptionHandler(RequirementsChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> stale(RequirementsChangedMeanwhile e, HttpServletRequest request) {
        var problem =
                ApiProblem.of(messages, HttpStatus.PRECONDITION_FAILED, "requirements.api.changedMeanwhile", request);
        problem.setProperty("currentVersion", e.current());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(VersionTag.of(e.current()).header())
                .body(problem);
    }
}
