package nl.eenplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SecondFactorTests {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final String secret = SecondFactor.newSecret();

    @Test
    void acceptsTheCurrentCodeAndOneStepOfClockDrift() {
        assertThat(SecondFactor.matchingStep(secret, SecondFactor.codeAt(secret, NOW), clock))
                .hasValue(NOW.getEpochSecond() / 30);
        assertThat(SecondFactor.matchingStep(secret, SecondFactor.codeAt(secret, NOW.minusSeconds(30)), clock))
                .isPresent();
        assertThat(SecondFactor.matchingStep(secret, SecondFactor.codeAt(secret, NOW.plusSeconds(30)), clock))
                .isPresent();
    }

    @Test
    void rejectsOldCodesAndGarbage() {
        assertThat(SecondFactor.matchingStep(secret, SecondFactor.codeAt(secret, NOW.minusSeconds(120)), clock))
                .isEmpty();
        assertThat(SecondFactor.matchingStep(secret, "12345", clock)).isEmpty();
        assertThat(SecondFactor.matchingStep(secret, "abcdef", clock)).isEmpty();
        assertThat(SecondFactor.matchingStep(secret, null, clock)).isEmpty();
    }

    @Test
    void toleratesSpacesInATypedCode() {
        var code = SecondFactor.codeAt(secret, NOW);
        assertThat(SecondFactor.matchingStep(secret, code.substring(0, 3) + " " + code.substring(3), clock))
                .isPresent();
    }

    @Test
    void aCodeCannotBeUsedTwice() {
        var account = Account.invited("a@b.example", "A", AccountKind.STAFF, NOW);
        var step = NOW.getEpochSecond() / 30;
        account.enableSecondFactor(secret, step - 1);
        assertThat(account.useTimeStep(step)).isTrue();
        assertThat(account.useTimeStep(step)).isFalse();
        assertThat(account.useTimeStep(step - 1)).isFalse();
    }

    @Test
    void theEnrolmentUriNamesEenPlanAndTheAccount() {
        assertThat(SecondFactor.otpAuthUri("ABC", "jan@voorbeeld.example"))
                .startsWith("otpauth://totp/EenPlan%3Ajan%40voorbeeld.example?secret=ABC&issuer=EenPlan");
    }
}
