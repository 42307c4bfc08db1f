package nl.eenplan.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a new password must meet; answers with the message key of the first rule it breaks. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON =
            Set.of("welkom123456", "wachtwoord12", "wachtwoord123", "password1234", "123456789012", "qwertyuiop12");

    private PasswordPolicy() {}

    static Optional<String> violation(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 5) {
            return Optional.of("password.tooSimple");
        }
        if (email != null && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])) {
            return Optional.of("password.containsEmail");
        }
        return Optional.empty();
    }
}
