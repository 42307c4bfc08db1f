package nl.eenplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

    @ParameterizedTest
    @CsvSource({
        "kort, password.tooShort",
        "aaaaaaaaaaaaaaa, password.tooSimple",
        "wachtwoord123, password.tooSimple",
        "jan.devries-geheim-2026, password.containsEmail"
    })
    void refusesWeakPasswordsWithAReason(String password, String reason) {
        assertThat(PasswordPolicy.violation(password, "jan.devries@voorbeeld.example"))
                .hasValue(reason);
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(PasswordPolicy.violation("x1y2z3".repeat(30), "a@b.example")).hasValue("password.tooLong");
    }

    @Test
    void acceptsALongSentence() {
        assertThat(PasswordPolicy.violation("fietsen langs de Vecht in mei", "jan@voorbeeld.example"))
                .isEmpty();
    }
}
