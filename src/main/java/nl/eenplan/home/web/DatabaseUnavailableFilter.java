package nl.eenplan.home.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import nl.eenplan.home.AnswerLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database cannot be reached, every request that needs it answers 503 at once (within the
 * pool's connection timeout, a few seconds), never a 500: the API with an RFC 9457 problem detail in
 * the language of Accept-Language (Dutch unless English is asked for), a page with the Dutch (or
 * English) error page "error/503". Sits in front of Spring Security, so failures in the security
 * filters (API tokens, the login throttle, the access log of a login) are answered the same way.
 * See docs/operations.md ("Database loss and return").
 */
@Component
class DatabaseUnavailableFilter extends OncePerRequestFilter implements Ordered {

    /** Ahead of Spring Security's filter chain (order -100). */
    static final int ORDER = -200;

    /** Seconds a client is asked to wait before trying again. */
    static final String RETRY_AFTER = "10";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final MessageSource messages;
    private final JsonMapper json;

    DatabaseUnavailableFilter(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseUnavailable.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn(
                    "The database cannot be reached; {} {} answered 503: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootCause(failure).toString());
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", RETRY_AFTER);
        if (isApi(request)) {
            var locale = language(request.getHeader("Accept-Language"));
            var problem = new LinkedHashMap<String, Object>();
            problem.put("type", "about:blank");
            problem.put("title", messages.getMessage("api.unavailable.title", null, locale));
            problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            problem.put("detail", messages.getMessage("api.unavailable.detail", null, locale));
            problem.put("instance", request.getRequestURI());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(problem));
            response.flushBuffer();
        } else {
            // The error page (templates/error/503.html) in the person's language; it needs no database.
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static Throwable rootCause(Throwable failure) {
        var cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    static Locale language(String acceptLanguage) {
        return AnswerLanguage.of(acceptLanguage);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
