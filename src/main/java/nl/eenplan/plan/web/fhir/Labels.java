package nl.eenplan.plan.web.fhir;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The words an export carries (titles, roles, notes), from the message bundles in the reader's language. */
public record Labels(MessageSource messages, Locale locale) {

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
