package nl.eenplan.home.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import nl.eenplan.identity.ApiRefusals;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The API's 401 and 403 as problem details with EenPlan's Dutch (or English) title and detail. */
@Component
class ProblemApiRefusals implements ApiRefusals {

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemApiRefusals(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        var problem = ApiLanguage.problem(messages, status, ApiLanguage.of(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // JSON is UTF-8 by definition (RFC 8259): bytes, no charset parameter.
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
