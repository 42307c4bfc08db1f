package nl.eenplan.home;

import java.util.List;
import java.util.Locale;

/**
 * The language of an API answer: Dutch unless Accept-Language asks for English (the API has no
 * language cookie). One rule for every module's problem details.
 */
public final class AnswerLanguage {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static final List<Locale> LANGUAGES = List.of(DUTCH, Locale.ENGLISH);

    private AnswerLanguage() {}

    /** Dutch or English from an Accept-Language header; Dutch when it is missing or unreadable. */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DUTCH;
        }
        try {
            var match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return match == null ? DUTCH : match;
        } catch (IllegalArgumentException e) {
            return DUTCH;
        }
    }
}
