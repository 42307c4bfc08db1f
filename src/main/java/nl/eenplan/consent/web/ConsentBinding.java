package nl.eenplan.consent.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.OverrideDecision;
import nl.eenplan.consent.SignalKind;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The consent forms bind to records through their constructor. A value no form offers (an altered id,
 * choice or date) becomes "nothing chosen", which each form then explains next to its field.
 */
@ControllerAdvice(assignableTypes = {ConsentController.class, ConcernsController.class})
class ConsentBinding {

    @InitBinder({"consentForm", "overrideForm", "signalForm"})
    void lenient(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new Lenient<>(UUID::fromString, UUID::toString));
        binder.registerCustomEditor(LocalDate.class, new Lenient<>(ConsentBinding::date, LocalDate::toString));
        binder.registerCustomEditor(Boolean.class, new Lenient<>(ConsentBinding::bool, String::valueOf));
        enumeration(binder, InformationCategory.class);
        enumeration(binder, ConsentManner.class);
        enumeration(binder, OverrideDecision.class);
        enumeration(binder, SignalKind.class);
    }

    private static <E extends Enum<E>> void enumeration(WebDataBinder binder, Class<E> type) {
        binder.registerCustomEditor(type, new Lenient<E>(text -> Enum.valueOf(type, text), Enum::name));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> Boolean.TRUE;
            case "false", "off", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Reads a value, or nothing when the text is empty or not a value of the type. */
    private static final class Lenient<T> extends PropertyEditorSupport {

        private final Function<String, T> parse;
        private final Function<T, String> print;

        Lenient(Function<String, T> parse, Function<T, String> print) {
            this.parse = parse;
            this.print = print;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            try {
                setValue(parse.apply(text.strip()));
            } catch (IllegalArgumentException e) {
                setValue(null);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public String getAsText() {
            var value = getValue();
            return value == null ? "" : print.apply((T) value);
        }
    }
}
