package nl.eenplan.plan;

import java.text.MessageFormat;
import java.util.List;
import java.util.function.Function;

/**
 * A text in a frozen version: either words someone wrote ({@code plain}), kept as they were, or a message
 * key with arguments, shown in the reader's language when the version is read.
 */
public record FrozenText(String key, List<String> args, String plain) {

    public FrozenText {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** Words someone wrote. */
    public static FrozenText plain(String text) {
        return new FrozenText(null, List.of(), text == null ? "" : text);
    }

    /** A message key, with arguments (words someone wrote, or dates already written out). */
    public static FrozenText message(String key, String... args) {
        return new FrozenText(key, List.of(args), null);
    }

    /** This text for a reader: {@code messages} gives a message key's pattern in his language. */
    public String in(Function<String, String> messages) {
        if (key == null) {
            return plain;
        }
        var pattern = messages.apply(key);
        return args.isEmpty() ? pattern : new MessageFormat(pattern, java.util.Locale.ROOT).format(args.toArray());
    }
}
