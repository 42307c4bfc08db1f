package nl.eenplan.home.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.Paging;
import nl.eenplan.home.VersionTag;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
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

    /** A change without If-Match: the client did not say which version it changed. */
    @ExceptionHandler(VersionTag.Missing.class)
    ResponseEntity<ProblemDetail> versionMissing(HttpServletRequest request) {
        return answer(HttpStatus.PRECONDITION_REQUIRED, "api.ifMatchRequired", request);
    }

    @ExceptionHandler(VersionTag.Malformed.class)
    ResponseEntity<ProblemDetail> versionMalformed(HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "api.ifMatchMalformed", request);
    }

    @ExceptionHandler(Paging.Invalid.class)
    ResponseEntity<ProblemDetail> pagingInvalid(HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "api.pagingInvalid", request);
    }

    /**
     * A text nobody can type (a NUL, another control character) in any module's request: 400 naming the
     * field under {@code errors}, as fields that break a rule are named; nothing was read, nothing stored.
     */
    @ExceptionHandler(UntypeableText.class)
    ResponseEntity<ProblemDetail> untypeable(UntypeableText e, HttpServletRequest request) {
        var field = e.field();
        var problem = ApiProblem.of(messages, HttpStatus.BAD_REQUEST, "api.untypeable", request, field);
        var message = messages.getMessage("api.untypeable.field", null, ApiLanguage.of(request));
        problem.setProperty("errors", List.of(new ApiProblem.FieldProblem(field, message)));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
    }

    /**
     * A query string or form body the servlet container cannot decode (invalid percent-encoding such as
     * {@code ?page=%zz}, bytes that are no UTF-8): 400, as on a page; nothing was read.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodable(HttpServletRequest request) {
        var status = HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiLanguage.problem(messages, status, ApiLanguage.of(request)));
    }

    /** An id in the path that is no id names nothing: 404, as an id nobody may see. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var http = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        if (ex instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(ApiProblem.of(messages, HttpStatus.NOT_FOUND, "api.notFound", http));
        }
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(ApiProblem.of(messages, HttpStatus.BAD_REQUEST, "api.unreadable", http));
    }

    /** Fields that break a rule: 400, each named under {@code errors} with its message. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var http = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(ApiProblem.invalid(messages, ex, http));
    }

    private ResponseEntity<ProblemDetail> answer(HttpStatus status, String key, HttpServletRequest request) {
        return ResponseEntity.status(status).body(ApiProblem.of(messages, status, key, request));
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
