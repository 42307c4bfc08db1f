package nl.eenplan.home.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.eenplan.home.AnswerLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The language of an API answer: Dutch unless Accept-Language asks for English (the API has no
 * language cookie). Problem titles and details come from EenPlan's own bundles in that language.
 */
final class ApiLanguage {

    static final Locale DUTCH = AnswerLanguage.DUTCH;

    private ApiLanguage() {}

    static Locale of(HttpServletRequest request) {
        return AnswerLanguage.of(request == null ? null : request.getHeader("Accept-Language"));
    }

    static boolean isApi(HttpServletRequest request, String path) {
        return path != null && path.startsWith(request.getContextPath() + "/api/");
    }

    /** The title of a status in the request's language, e.g. "Ongeldig verzoek" for 400. */
    static String title(MessageSource messages, HttpStatusCode status, Locale locale) {
        return messages.getMessage(
                "problem.title." + status.value(), null, fallback(messages, "title", locale), locale);
    }

    /** The general explanation of a status in the request's language. */
    static String detail(MessageSource messages, HttpStatusCode status, Locale locale) {
        return messages.getMessage(
                "problem.detail." + status.value(), null, fallback(messages, "detail", locale), locale);
    }

    private static String fallback(MessageSource messages, String part, Locale locale) {
        return messages.getMessage("problem." + part + ".other", null, locale);
    }

    /** A problem for a status with EenPlan's title and detail. */
    static ProblemDetail problem(MessageSource messages, HttpStatusCode status, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail(messages, status, locale));
        problem.setTitle(title(messages, status, locale));
        return problem;
    }
}
