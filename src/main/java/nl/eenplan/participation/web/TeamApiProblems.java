package nl.eenplan.participation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.VersionTag;
import nl.eenplan.household.MemberRefused;
import nl.eenplan.identity.EmailAddressTaken;
import nl.eenplan.participation.CoordinatorRefused;
import nl.eenplan.participation.TeamNotFound;
import nl.eenplan.participation.TeamRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals of the team, coordination and household API as RFC 9457 problems, ahead of the general
 * handler: someone outside the team gets 404 (X-1, never a hint); a rule of the method refuses with
 * 422 and its {@code reason}; a professional without consent 403 {@code consent-missing} (C-1); a
 * change on an older version 412 with the current ETag.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(
        assignableTypes = {
            TeamApiController.class,
            TeamMemberApiController.class,
            CopiesApiController.class,
            CoordinationApiController.class,
            IntensityApiController.class,
            MemberApiController.class,
            AuthorityApiController.class
        })
class TeamApiProblems {

    /** The problem type of a team whose plan may not be shared with the person asking (C-1). */
    static final URI CONSENT_MISSING = URI.create("urn:eenplan:problem:consent-missing");

    private final MessageSource messages;

    TeamApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** Bean Validation writes its messages in the language of the request, before any handler runs. */
    @InitBinder
    void language(HttpServletRequest request) {
        LocaleContextHolder.setLocale(ApiProblem.language(request));
    }

    @ExceptionHandler(TeamNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.NOT_FOUND, "api.notFound", request);
    }

    @ExceptionHandler(TeamRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail teamRefused(TeamRefused e, HttpServletRequest request) {
        return refused(e.reason(), request);
    }

    @ExceptionHandler(CoordinatorRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail coordinatorRefused(CoordinatorRefused e, HttpServletRequest request) {
        return refused(e.reason(), request);
    }

    @ExceptionHandler(MemberRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail memberRefused(MemberRefused e, HttpServletRequest request) {
        return refused(e.reason(), request);
    }

    @ExceptionHandler(EmailAddressTaken.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail emailTaken(HttpServletRequest request) {
        return refused("team.invite.accountInTeam", request);
    }

    /** C-1: he takes part, so this is no secret; consent is recorded on the household's consent page. */
    @ExceptionHandler(ConsentMissing.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ProblemDetail consentMissing(ConsentMissing e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.FORBIDDEN, "team.api.consentMissing", request);
        problem.setType(CONSENT_MISSING);
        problem.setTitle(messages.getMessage("team.api.consentMissing.title", null, ApiProblem.language(request)));
        problem.setProperty("consents", "/households/" + e.householdId + "/consents");
        return problem;
    }

    /** C-1: parental authority is recorded by the household or the coordinator only. */
    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ProblemDetail denied(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.FORBIDDEN, "team.api.authorityNotYours", request);
    }

    /** The ETag names the version that is current now: read it again, then change it. */
    @ExceptionHandler(Stale.class)
    ResponseEntity<ProblemDetail> stale(Stale e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.PRECONDITION_FAILED, e.key, request);
        problem.setProperty("currentVersion", e.current);
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(VersionTag.of(e.current).header())
                .body(problem);
    }

    /** The checks of the pages' forms that a single annotation cannot make: 400, each field named. */
    @ExceptionHandler(InvalidFields.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidFields e, HttpServletRequest request) {
        return ApiProblem.invalid(messages, e.errors, request);
    }

    @ExceptionHandler({IllegalArgumentException.class, DataIntegrityViolationException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.BAD_REQUEST, "api.unreadable", request);
    }

    private ProblemDetail refused(String reason, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.UNPROCESSABLE_CONTENT, reason, request);
        problem.setProperty("reason", reason);
        return problem;
    }

    /** C-1: nothing lets the plan be shared with this professional, so he changes nothing. */
    static final class ConsentMissing extends RuntimeException {
        private final UUID householdId;

        ConsentMissing(UUID householdId) {
            super("no consent");
            this.householdId = householdId;
        }
    }

    /** A change made on an older version; {@code current} is the version now. */
    static final class Stale extends RuntimeException {
        private final int current;
        private final String key;

        Stale(int current, String key) {
            super("changed meanwhile");
            this.current = current;
            this.key = key;
        }
    }

    /** Fields the pages' forms refuse, found after the annotations were checked. */
    static final class InvalidFields extends RuntimeException {
        private final transient Errors errors;

        InvalidFields(Errors errors) {
            super("invalid fields");
            this.errors = errors;
        }
    }
}
