package nl.eenplan.home;

import java.beans.PropertyEditorSupport;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;

/**
 * Forms bind to records through their constructor. A value no form offers (an altered id, choice or
 * date) would stop that binding and leave a page that cannot show its errors; with these editors it
 * becomes "nothing chosen", which each form then explains next to its field.
 */
public final class LenientBinding {

    private LenientBinding() {}

    /** Ids and yes/no answers that cannot be read become nothing. */
    public static void idsAndAnswers(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new Lenient<>(UUID::fromString, UUID::toString));
        binder.registerCustomEditor(Boolean.class, new Lenient<>(LenientBinding::bool, String::valueOf));
    }

    /** Dates that cannot be read, or lie outside the days EenPlan plans on ({@link FieldRules}), become nothing. */
    public static void dates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new Lenient<>(LenientBinding::date, LocalDate::toString));
    }

    /** Choices that are not one of the type's values become nothing. */
    @SafeVarargs
    public static void choices(WebDataBinder binder, Class<? extends Enum<?>>... types) {
        for (var type : types) {
            choice(binder, type);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void choice(WebDataBinder binder, Class type) {
        binder.registerCustomEditor(type, new Lenient<Enum>(text -> Enum.valueOf(type, text), Enum::name));
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> Boolean.TRUE;
            case "false", "off", "no", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static LocalDate date(String text) {
        try {
            var date = LocalDate.parse(text);
            if (!FieldRules.isPlausible(date)) {
                throw new IllegalArgumentException("no day EenPlan plans on: " + text);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e);
        }
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
            } catch (IllegalArgumentException | DateTimeException e) {
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
