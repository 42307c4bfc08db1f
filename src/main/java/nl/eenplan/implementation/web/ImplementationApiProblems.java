package nl.eenplan.implementation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.VersionTag;
import nl.eenplan.implementation.ChecklistChangedMeanwhile;
import nl.eenplan.implementation.ChecklistNotFound;
import nl.eenplan.implementation.ChecklistRefused;
import nl.eenplan.implementation.FrameworkChangedMeanwhile;
import nl.eenplan.implementation.FrameworkNotFound;
import nl.eenplan.implementation.NotAChecklistKeeper;
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
 * The implementation API's refusals as RFC 9457 problems, for all of the module's API (IMP-1, IMP-3,
 * IMP-4): what this person may not see is 404 like what does not exist (never a hint that it does); a
 * reader who may not change a checklist is 403; texts that break a rule are 400 naming each field under
 * {@code errors}; another rule is 422 naming its {@code reason}; a change on an older version is 412
 * with the current ETag.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(
        assignableTypes = {
            FrameworkApiController.class,
            ChecklistApiController.class,
            ChecklistTemplateApiController.class,
            RequirementsApiController.class
        })
class ImplementationApiProblems {

    private final MessageSource messages;

    ImplementationApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({FrameworkNotFound.class, ChecklistNotFound.class, RequirementsNotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.NOT_FOUND, "implementation.api.notFound", request);
    }

    @ExceptionHandler(NotAChecklistKeeper.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ProblemDetail forbidden(NotAChecklistKeeper e, HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.FORBIDDEN, e.reason(), request);
    }

    @ExceptionHandler(ChecklistRefused.class)
    ResponseEntity<ProblemDetail> refused(ChecklistRefused e, HttpServletRequest request) {
        if (e.fields().isEmpty()) {
            return ResponseEntity.unprocessableContent().body(ruleBroken(e.reason(), request));
        }
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

    @ExceptionHandler(RequirementsRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail refused(RequirementsRefused e, HttpServletRequest request) {
        return ruleBroken(e.reason(), request);
    }

    @ExceptionHandler(FrameworkChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> frameworkStale(FrameworkChangedMeanwhile e, HttpServletRequest request) {
        return stale(e.currentVersion(), "implementation.api.changedMeanwhile", request);
    }

    @ExceptionHandler(ChecklistChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> checklistStale(ChecklistChangedMeanwhile e, HttpServletRequest request) {
        return stale(e.currentVersion(), "implementation.api.changedMeanwhile", request);
    }

    @ExceptionHandler(RequirementsChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> requirementsStale(RequirementsChangedMeanwhile e, HttpServletRequest request) {
        return stale(e.current(), "requirements.api.changedMeanwhile", request);
    }

    private ProblemDetail ruleBroken(String reason, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.UNPROCESSABLE_CONTENT, reason, request);
        problem.setProperty("reason", reason);
        return problem;
    }

    private ResponseEntity<ProblemDetail> stale(int currentVersion, String key, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.PRECONDITION_FAILED, key, request);
        problem.setProperty("currentVersion", currentVersion);
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(VersionTag.of(currentVersion).header())
                .body(problem);
    }
}
