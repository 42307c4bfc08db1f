package nl.eenplan.implementation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountNotFound;
import nl.eenplan.identity.StaleAccount;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The training API's own answers (IMP-5): anyone but an administrator 403, as the administrator's pages
 * answer; an account that does not exist 404; a person who is not staff 422 with its {@code reason}; a
 * change on an older account version 412 (the page's "changed meanwhile").
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = TrainingApiController.class)
class TrainingApiProblems {

    /** Only administrators keep training records. */
    static class NotAnAdministrator extends RuntimeException {}

    /** A rule of the page refuses the change; {@code reason} is its message key. */
    static class Refused extends RuntimeException {
        private final String reason;

        Refused(String reason) {
            super(reason);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    private final MessageSource messages;
    private final AccountDirectory accounts;

    TrainingApiProblems(MessageSource messages, AccountDirectory accounts) {
        this.messages = messages;
        this.accounts = accounts;
    }

    @ExceptionHandler(NotAnAdministrator.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ProblemDetail forbidden(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.FORBIDDEN, "training.api.administratorsOnly", request);
    }

    @ExceptionHandler(AccountNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.NOT_FOUND, "training.api.notFound", request);
    }

    @ExceptionHandler(Refused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail refused(Refused e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.UNPROCESSABLE_CONTENT, e.reason(), request);
        problem.setProperty("reason", e.reason());
        return problem;
    }

    /** The account changed meanwhile: 412 with the account's version now, to read again. */
    @ExceptionHandler({StaleAccount.class, OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> stale(HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.PRECONDITION_FAILED, "people.stale", request);
        var answer = ResponseEntity.status(HttpStatus.PRECONDITION_FAILED);
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> ids
                && ids.get("accountId") instanceof String id) {
            accounts.find(UUID.fromString(id))
                    .ifPresent(a -> answer.eTag(VersionTag.of(a.version()).header()));
        }
        return answer.body(problem);
    }
}
