package nl.eenplan.home.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem detail EenPlan sends has a title in the language of the request: the English reason
 * phrase a module's handler leaves in it ("Bad Request") becomes EenPlan's own title ("Ongeldig
 * verzoek"); a problem without detail gets the general one of its status.
 */
@ControllerAdvice
class ProblemTitles implements ResponseBodyAdvice<Object> {

    private final MessageSource messages;

    ProblemTitles(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet) {
            translate(problem, servlet.getServletRequest());
        }
        return body;
    }

    void translate(ProblemDetail problem, HttpServletRequest request) {
        var status = HttpStatus.resolve(problem.getStatus());
        if (status == null) {
            return;
        }
        var locale = ApiLanguage.of(request);
        if (problem.getTitle() == null || problem.getTitle().equals(status.getReasonPhrase())) {
            problem.setTitle(ApiLanguage.title(messages, status, locale));
        }
        if (problem.getDetail() == null || problem.getDetail().isBlank()) {
            problem.setDetail(ApiLanguage.detail(messages, status, locale));
        }
    }
}
