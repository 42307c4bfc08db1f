package nl.eenplan.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.eenplan.audit.AccessLogNotFound;
import nl.eenplan.home.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** an access log or personal-data copy the person may not read is 404, as one that does not exist. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = AccessLogApiController.class)
class AccessLogApiProblems {

    private final MessageSource messages;

    AccessLogApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AccessLogNotFound.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ApiProblem.of(messages, HttpStatus.NOT_FOUND, "audit.api.notFound", request));
    }
}
