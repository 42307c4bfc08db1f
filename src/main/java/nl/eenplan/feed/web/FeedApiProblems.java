package nl.eenplan.feed.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.eenplan.feed.FeedRefused;
import nl.eenplan.home.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The feed's refusals as RFC 9457 problem details in the language of Accept-Language: a bad cursor or
 * limit is 400, someone who follows no feed (a household or network member, an administrator) 403.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = FeedApiController.class)
class FeedApiProblems {

    private final MessageSource messages;

    FeedApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FeedRefused.class)
    ProblemDetail refused(FeedRefused e, HttpServletRequest request) {
        var status = e instanceof FeedRefused.NotForYou ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        return problem(status, e.reason(), request);
    }

    /** A limit that is not a number. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "feed.api.badLimit", request);
    }

    private ProblemDetail problem(HttpStatus status, String key, HttpServletRequest request) {
        return ApiProblem.of(messages, status, key, request);
    }
}
