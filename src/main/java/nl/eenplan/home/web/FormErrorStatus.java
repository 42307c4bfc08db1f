package nl.eenplan.home.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A form sent with input EenPlan cannot take is shown again with the message next to the field and
 * answered with 422 (Unprocessable Content), never 200: nothing was stored. Every page shows such
 * errors in one of three ways, and each counts here: a binding result with errors, a non-empty map
 * {@code errors} (field id to message key), or a message key in an attribute whose name ends in
 * {@code Error} ({@code choiceError}). A page that already chose another status (409) keeps it; a
 * redirect is no re-shown form.
 */
@Configuration(proxyBeanMethods = false)
class FormErrorStatus implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null
                || isRead(request)
                || response.getStatus() != HttpStatus.OK.value()
                || isRedirect(view)
                || !showsErrors(view.getModel())) {
            return;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private static boolean isRead(HttpServletRequest request) {
        var method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static boolean isRedirect(ModelAndView view) {
        var name = view.getViewName();
        return name != null && (name.startsWith("redirect:") || name.startsWith("forward:"));
    }

    static boolean showsErrors(Map<String, Object> model) {
        for (var entry : model.entrySet()) {
            var value = entry.getValue();
            if (value instanceof BindingResult binding && binding.hasErrors()) {
                return true;
            }
            if ("errors".equals(entry.getKey()) && value instanceof Map<?, ?> errors && !errors.isEmpty()) {
                return true;
            }
            if (entry.getKey().endsWith("Error") && value != null) {
                return true;
            }
        }
        return false;
    }
}
