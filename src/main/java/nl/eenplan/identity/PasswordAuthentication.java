package nl.eenplan.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks e-mail address and password, with throttling. Staff and anyone with a second factor get
 * only a pending authentication until they have entered their code.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final Authorities authorities;
    /** The longest e-mail address SMTP allows (RFC 5321 with RFC 3696 errata). */
    static final int MAX_EMAIL = 254;

    private static final int MAX_PASSWORD = 1000;

    // Compared against when there is no account, so that both cases take equally long.
    private final String noAccountHash;

    PasswordAuthentication(
            Accounts accounts, PasswordEncoder passwords, LoginThrottle throttle, Authorities authorities) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.authorities = authorities;
        this.noAccountHash = passwords.encode(Tokens.newToken("none-"));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var login = String.valueOf(authentication.getName()).strip();
        var password = String.valueOf(authentication.getCredentials());
        if (!plausible(login, password)) {
            // No address is that long or holds such characters: refused before the database is asked.
            throw new BadCredentialsException("login.failed");
        }
        // The try is counted before the password is checked (ADR 6), so parallel tries cannot pass the limit.
        if (!throttle.tryAttempt(login)) {
            throw new LockedException("login.locked");
        }
        var account = accounts.findByEmail(login).filter(Account::canLogIn).filter(Account::hasPassword);
        var hash = account.map(Account::passwordHash).orElse(noAccountHash);
        if (!passwords.matches(password, hash) || account.isEmpty()) {
            throw new BadCredentialsException("login.failed");
        }
        throttle.reset(login);
        var principal = account.get().principal();
        if (account.get().requiresSecondFactor()) {
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, Authorities.pending());
        }
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities.of(principal));
    }

    /** An e-mail address of at most 254 characters without control characters, and a sane password. */
    private static boolean plausible(String login, String password) {
        return login.length() <= MAX_EMAIL
                && password.length() <= MAX_PASSWORD
                && login.chars().noneMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c))
                && password.chars().noneMatch(c -> c == 0);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
