package nl.eenplan.plan.web;

import java.beans.PropertyEditorSupport;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.ComplexityCriterion;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.LegalRole;
import nl.eenplan.participation.ParticipantKind;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The forms of these pages bind to records through their constructor. A value no form offers (an
 * altered id or choice) would stop that binding and leave a page that cannot show its errors; here it
 * becomes "nothing chosen", which each form then explains in words.
 */
@ControllerAdvice(
        assignableTypes = {
            HouseholdController.class,
            TeamController.class,
            ParticipantController.class,
            CoordinationController.class
        })
class FormBinding {

    @InitBinder({"form", "choice", "handover", "inviteForm"})
    void lenient(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new Lenient<>(UUID::fromString, UUID::toString));
        binder.registerCustomEditor(Boolean.class, new Lenient<>(FormBinding::bool, String::valueOf));
        enumeration(binder, ParticipantKind.class);
        enumeration(binder, LegalRole.class);
        enumeration(binder, DayOfWeek.class);
        enumeration(binder, CoordinationForm.class);
        enumeration(binder, ComplexityCriterion.class);
        enumeration(binder, ChosenBy.class);
    }

    private static <E extends Enum<E>> void enumeration(WebDataBinder binder, Class<E> type) {
        binder.registerCustomEditor(type, new Lenient<E>(text -> Enum.valueOf(type, text), Enum::name));
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> Boolean.TRUE;
            case "false", "off", "no", "0" -> Boolean.FALSE;
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
