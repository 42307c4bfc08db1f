package nl.eenplan.consent.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.eenplan.consent.ConsentChangedMeanwhile;
import nl.eenplan.consent.ConsentNotFound;
import nl.eenplan.consent.ConsentRefused;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.VersionTag;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The consent API's refusals as translated problem details, ahead of the general API handler: a
 * household or consent the person may not see is 404; a rule of the method 422 with its
 * {@code reason}, naming the members it is about (C-1: {@code missing}, those who must consent too);
 * a consent changed meanwhile 412 with its current version.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {ConsentApiController.class, ConcernsApiController.class})
class ConsentApiProblems {

    private final MessageSource messages;

    ConsentApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ConsentNotFound.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ApiProblem.of(messages, HttpStatus.NOT_FOUND, "consent.api.notFound", request));
    }

    @ExceptionHandler(ConsentRefused.class)
    ResponseEntity<ProblemDetail> refused(ConsentRefused e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.UNPROCESSABLE_CONTENT, e.reason(), request, e.arguments());
        problem.setProperty("reason", e.reason());
        problem.setProperty("field", field(e.field()));
        if (!e.members().isEmpty()) {
            problem.setProperty(
                    e.reason().endsWith(".missing")
                            ? "missing"
                            : e.reason().endsWith(".notEntitled") ? "notEntitled" : "members",
                    e.members().stream().map(UUID::toString).sorted().toList());
        }
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    /** Read the consent again: the ETag names its version now. */
    @ExceptionHandler(ConsentChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(ConsentChangedMeanwhile e, HttpServletRequest request) {
        var problem = ApiProblem.of(messages, HttpStatus.PRECONDITION_FAILED, "consent.api.changedMeanwhile", request);
        var answer = ResponseEntity.status(HttpStatus.PRECONDITION_FAILED);
        if (e.currentVersion() >= 0) {
            problem.setProperty("currentVersion", e.currentVersion());
            answer.eTag(VersionTag.of(e.currentVersion()).header());
        }
        return answer.body(problem);
    }

    /** The forms name the subject {@code subjectId}; the API calls him {@code memberId}. */
    private static String field(String field) {
        return "subjectId".equals(field) ? "memberId" : field;
    }
}
