package nl.eenplan.caseload.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import nl.eenplan.caseload.CaseloadRefused;
import nl.eenplan.home.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The caseload API's refusals: not staff is 403; a bad search 400, naming each field under {@code errors}. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = CaseloadApiController.class)
class CaseloadApiProblems {

    private final MessageSource messages;

    CaseloadApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CaseloadRefused.class)
    ResponseEntity<ProblemDetail> refused(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ApiProblem.of(messages, HttpStatus.FORBIDDEN, "caseload.api.staffOnly", request));
    }

    @ExceptionHandler(CaseloadApiController.SearchInvalid.class)
    ResponseEntity<ProblemDetail> invalid(CaseloadApiController.SearchInvalid e, HttpServletRequest request) {
        var locale = ApiProblem.language(request);
        var problem = ApiProblem.of(messages, HttpStatus.BAD_REQUEST, "caseload.api.invalid", request);
        problem.setProperty(
                "errors",
                e.errors().entrySet().stream()
                        .map(error -> new ApiProblem.FieldProblem(
                                error.getKey().equals("filters") ? "filter" : error.getKey(),
                                messages.getMessage(error.getValue(), null, error.getValue(), locale)))
                        .sorted(Comparator.comparing(ApiProblem.FieldProblem::field))
                        .toList());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
    }
}
