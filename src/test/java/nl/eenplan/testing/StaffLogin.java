package nl.eenplan.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Logs a staff member or administrator in through the browser for the first time: password, then
 * the enrolment of the authenticator app that EenPlan requires of staff, then the recovery codes.
 */
public final class StaffLogin {

    private StaffLogin() {}

    /** Logs in and enrols the second factor; ends on the start page ("Welkom, ..."). */
    public static void firstLogin(Page page, String baseUrl, String email, String password, String displayName) {
        password(page, baseUrl, email, password);
        enrol(page, displayName);
    }

    private static void password(Page page, String baseUrl, String email, String password) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(password);
        button(page, "Inloggen").click();
    }

    /**
     * On the enrolment page: links an app with the code it shows now and passes the recovery codes;
     * ends on the start page ("Welkom, ...").
     */
    public static void enrol(Page page, String displayName) {
        var secret = page.locator("#secret").textContent().replace(" ", "");
        page.getByLabel("Code").fill(codeNow(secret));
        button(page, "App koppelen").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ik heb de codes bewaard"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName("Welkom, " + displayName)
                                .setExact(true)))
                .isVisible();
    }

    /** The code an authenticator app with this secret shows now. */
    private static String codeNow(String secret) {
        var totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
        var key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
        try {
            return "%06d".formatted(totp.generateOneTimePassword(key, Instant.now()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
