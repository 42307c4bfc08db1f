package nl.eenplan.home.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A query string or form body the servlet container cannot decode (invalid percent-encoding such as
 * {@code ?page=%zz}, bytes that are no UTF-8) is a 400 problem in the API, as it is on a page, and not
 * an unexpected error: nothing was read. Just ahead of the general {@link ApiProblems}, which would
 * answer it as a 500.
 */
@Order(Ordered.LOWEST_PRECEDENCE - 1)
@RestControllerAdvice(annotations = RestController.class)
class UnreadableParameters {

    private final MessageSource messages;

    UnreadableParameters(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        var status = HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiLanguage.problem(messages, status, ApiLanguage.of(request)));
    }
}
