package nl.eenplan.home.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details, title and detail from EenPlan's bundles in the
 * language of Accept-Language (Dutch unless English is asked for); what nothing else answers is a
 * 500 problem, never Spring's own error body. Pages are left alone: their errors go to the Dutch
 * error pages.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = ApiLanguage.of(((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class));
        var problem = ApiLanguage.problem(messages, status, locale);
        if (body instanceof ProblemDetail original && original.getProperties() != null) {
            original.getProperties().forEach(problem::setProperty);
        }
        return super.handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** What no other handler answers: logged, and a 500 problem without any detail of the cause. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException
                || e instanceof AuthenticationException
                || DatabaseUnavailable.causedBy(e)) {
            throw e; // answered by security, or as 503 by DatabaseUnavailableFilter
        }
        LOG.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), e);
        var status = HttpStatus.INTERNAL_SERVER_ERROR;
        return ResponseEntity.status(status).body(ApiLanguage.problem(messages, status, ApiLanguage.of(request)));
    }
}
