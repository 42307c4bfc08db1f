package nl.eenplan.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** Time-based one-time passwords (RFC 6238): 6 digits, 30 seconds, one step of clock drift. */
final class SecondFactor {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    private SecondFactor() {}

    static String newSecret() {
        var bytes = new byte[20];
        Tokens.random().nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    static String otpAuthUri(String secret, String accountName) {
        var label = URLEncoder.encode("EenPlan:" + accountName, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=EenPlan&algorithm=SHA1&digits=6&period=30";
    }

    /** The time step at which the code is valid (now, or one step either side), if any. */
    static OptionalLong matchingStep(String secret, String code, Clock clock) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        var digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        var key = new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm());
        var now = clock.instant();
        for (int drift = -1; drift <= 1; drift++) {
            var at = now.plus(STEP.multipliedBy(drift));
            if (codeAt(key, at).equals(digits)) {
                return OptionalLong.of(at.getEpochSecond() / STEP.getSeconds());
            }
        }
        return OptionalLong.empty();
    }

    static String codeAt(String secret, Instant at) {
        return codeAt(new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm()), at);
    }

    private static String codeAt(SecretKeySpec key, Instant at) {
        try {
            return String.format("%06d", TOTP.generateOneTimePassword(key, at));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("TOTP key rejected", e);
        }
    }
}
