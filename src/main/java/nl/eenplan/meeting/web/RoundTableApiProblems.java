package nl.eenplan.meeting.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.VersionTag;
import nl.eenplan.meeting.RoundTableChangedMeanwhile;
import nl.eenplan.meeting.RoundTableRefused;
import nl.eenplan.participation.CoordinatorRefused;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals of the round-table API as RFC 9457 problems, ahead of the general ones: a round table
 * or household this person may not see is 404 without a hint (X-1, X-5, as on the pages); a rule of
 * the method (M-1..M-4, and the plan's rules for decisions) is 422 naming its {@code reason} and the
 * {@code field} it is about; a change on an outdated version is 412 with the current ETag; an answer
 * about an invitation that changed since is 409.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {RoundTableApiController.class, MinutesApiController.class})
class RoundTableApiProblems {

    private final MessageSource messages;

    RoundTableApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** Bean Validation writes its messages in the language of the request, before any handler runs. */
    @InitBinder
    void language(HttpServletRequest request) {
        LocaleContextHolder.setLocale(ApiProblem.language(request));
    }

    @ExceptionHandler(PlanNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.NOT_FOUND, "api.notFound", request);
    }

    @ExceptionHandler(RoundTableRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail refused(RoundTableRefused e, HttpServletRequest request) {
        return refusal(e.reason(), e.field(), request);
    }

    @ExceptionHandler(PlanRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail planRefused(PlanRefused e, HttpServletRequest request) {
        return refusal(e.reason(), null, request);
    }

    @ExceptionHandler(CoordinatorRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail coordinatorRefused(CoordinatorRefused e, HttpServletRequest request) {
        return refusal(e.reason(), "coordinatorId", request);
    }

    /** Read the round table again, then change it; the ETag names its version now, when known. */
    @ExceptionHandler(RoundTableChangedMeanwhile.class)
    @ResponseStatus(HttpStatus.PRECONDITION_FAILED)
    ResponseEntity<ProblemDetail> changedMeanwhile(RoundTableChangedMeanwhile e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.PRECONDITION_FAILED, "meeting.api.changedMeanwhile", request);
        var answer = ResponseEntity.status(HttpStatus.PRECONDITION_FAILED);
        e.currentVersion().ifPresent(version -> {
            problem.setProperty("currentVersion", version);
            answer.eTag(VersionTag.of(version).header());
        });
        return answer.body(problem);
    }

    /** A decision goes on the plan as it is now; the plan changed at that very moment. */
    @ExceptionHandler(PlanChangedMeanwhile.class)
    @ResponseStatus(HttpStatus.PRECONDITION_FAILED)
    ProblemDetail planChangedMeanwhile(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.PRECONDITION_FAILED, "meeting.api.changedMeanwhile", request);
    }

    /** M-4: the meeting changed after the invitation the answer is about: read it again and answer again. */
    @ExceptionHandler(InvitationChanged.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail invitationChanged(HttpServletRequest request) {
        return ApiProblem.of(messages, HttpStatus.CONFLICT, "meeting.api.invitationChanged", request);
    }

    private ProblemDetail refusal(String reason, String field, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.UNPROCESSABLE_CONTENT, reason, request);
        problem.setProperty("reason", reason);
        if (field != null && !field.equals("form")) {
            // The pages' field of the goal of an action is the API's goalId.
            problem.setProperty("field", field.equals("goal") ? "goalId" : field);
        }
        return problem;
    }

    /** An answer about an invitation that is no longer the last one sent (M-4). */
    static class InvitationChanged extends RuntimeException {
        InvitationChanged() {
            super("the invitation changed since");
        }
    }
}
