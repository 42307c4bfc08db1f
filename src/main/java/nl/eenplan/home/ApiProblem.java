package nl.eenplan.home;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * An RFC 9457 problem of the JSON API in the language of the request (Dutch unless Accept-Language
 * asks for English): the title names the status ("Ongeldig verzoek"), the detail comes from a
 * module's own bundle. Modules build their refusals with it, so every API answers alike.
 */
public final class ApiProblem {

    private ApiProblem() {}

    /** The language of an API answer: the API has no language cookie, only Accept-Language. */
    public static Locale language(HttpServletRequest request) {
        return AnswerLanguage.of(request == null ? null : request.getHeader("Accept-Language"));
    }

    /** A problem with the status's title and the detail of {@code key}, filled in with {@code arguments}. */
    public static ProblemDetail of(
            MessageSource messages,
            HttpStatusCode status,
            String key,
            HttpServletRequest request,
            Object... arguments) {
        var locale = language(request);
        var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, arguments, key, locale));
        problem.setTitle(title(messages, status, locale));
        return problem;
    }

    /** The title of a status in a language, e.g. "Ongeldig verzoek" for 400. */
    public static String title(MessageSource messages, HttpStatusCode status, Locale locale) {
        return messages.getMessage(
                "problem.title." + status.value(),
                null,
                messages.getMessage("problem.title.other", null, locale),
                locale);
    }
}
