package nl.eenplan.home.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import nl.eenplan.home.UnacceptableInput;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Input no person can type ({@link UnacceptableInput}) is answered with 400: a problem detail naming
 * the field in the API, the Dutch error page that says what was wrong on a page. Nothing was read.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@ControllerAdvice
class InputAnswers {

    private final MessageSource messages;

    InputAnswers(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnacceptableInput.class)
    Object unacceptable(UnacceptableInput e, HttpServletRequest request) {
        var status = HttpStatus.BAD_REQUEST;
        if (ApiLanguage.isApi(request, request.getRequestURI())) {
            var locale = ApiLanguage.of(request);
            var problem = ApiLanguage.problem(messages, status, locale);
            problem.setDetail(messages.getMessage("error.unacceptableInput", null, locale));
            problem.setProperty("field", e.field());
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return new ModelAndView("error", Map.of("status", status.value(), "reason", "error.unacceptableInput"), status);
    }
}
