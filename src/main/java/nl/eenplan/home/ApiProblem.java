package nl.eenplan.home;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.Errors;

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

    /**
     * 400 for fields that break a rule, each named under {@code errors} with its message in the
     * request's language, sorted, so that every module answers bad fields alike.
     */
    public static ProblemDetail invalid(MessageSource messages, Errors errors, HttpServletRequest request) {
        var locale = language(request);
        var problem = of(messages, HttpStatus.BAD_REQUEST, "api.invalid", request);
        problem.setProperty(
                "errors",
                errors.getFieldErrors().stream()
                        .map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale)))
                        .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                        .toList());
        return problem;
    }

    /** What is wrong with one field of a request. */
    public record FieldProblem(String field, String message) {}

    /** The title of a status in a language, e.g. "Ongeldig verzoek" for 400. */
    public static String title(MessageSource messages, HttpStatusCode status, Locale locale) {
        return messages.getMessage(
                "problem.title." + status.value(),
                null,
                messages.getMessage("problem.title.other", null, locale),
                locale);
    }
}
