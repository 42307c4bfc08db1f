package nl.eenplan.home.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the servlet container sends every error no handler answered (an unknown address, a method a
 * route does not take, a request the firewall refused, an exception): the API gets a problem detail
 * in the language of Accept-Language, a page the Dutch error page. Asked for directly, {@code /error}
 * is an unknown page (404), never a 500.
 */
@Controller
class ErrorAnswers implements ErrorController {

    /** The statuses with a page of their own in templates/error; the others share templates/error.html. */
    private static final Set<HttpStatus> PAGES =
            Set.of(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.SERVICE_UNAVAILABLE);

    private final MessageSource messages;
    private final JsonMapper json;

    ErrorAnswers(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        var status = status(request);
        response.setStatus(status.value());
        if (ApiLanguage.isApi(request, originalPath(request))) {
            var problem = ApiLanguage.problem(messages, status, ApiLanguage.of(request));
            return new ModelAndView((model, req, res) -> {
                res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                res.setCharacterEncoding("UTF-8");
                res.getWriter().write(json.writeValueAsString(problem));
            });
        }
        var view = PAGES.contains(status) ? "error/" + status.value() : "error";
        return new ModelAndView(view, Map.of("status", status.value()), status);
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        var status = status(request);
        var problem = ApiLanguage.problem(messages, status, ApiLanguage.of(request));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The status the container gives; 404 when {@code /error} is asked for directly. */
    static HttpStatus status(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        var status = HttpStatus.resolve(value);
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String originalPath(HttpServletRequest request) {
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path ? path : request.getRequestURI();
    }
}
