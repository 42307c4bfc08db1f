package nl.eenplan.identity;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The second step of logging in: enrolling an authenticator app, or entering its code. */
@Service
public class SecondFactorLogin {

    private final Accounts accounts;
    private final RecoveryCodes recoveryCodes;
    private final LoginThrottle throttle;
    private final Authorities authorities;
    private final Clock clock;

    SecondFactorLogin(
            Accounts accounts,
            RecoveryCodes recoveryCodes,
            LoginThrottle throttle,
            Authorities authorities,
            Clock clock) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.throttle = throttle;
        this.authorities = authorities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isEnrolled(AccountPrincipal principal) {
        return accounts.findById(principal.id()).map(Account::totpEnabled).orElse(false);
    }

    /** A new secret for the authenticator app, not stored until {@link #enrol} confirms it. */
    public Enrolment newEnrolment(AccountPrincipal principal) {
        var secret = SecondFactor.newSecret();
        return new Enrolment(secret, SecondFactor.otpAuthUri(secret, principal.email()));
    }

    /** Kept in the session until the first code confirms it, so serializable. */
    public record Enrolment(String secret, String otpAuthUri) implements Serializable {}

    /** Confirms the app with a first code and returns fresh recovery codes, shown once. */
    @Transactional
    public List<String> enrol(AccountPrincipal principal, String secret, String code) {
        guard(principal);
        var account = accounts.findById(principal.id()).orElseThrow(InvalidCode::new);
        var step = SecondFactor.matchingStep(secret, code, clock);
        if (step.isEmpty()) {
            throw new InvalidCode();
        }
        account.enableSecondFactor(secret, step.getAsLong());
        accounts.save(account);
        throttle.reset(principal.email());
        return recoveryCodes.renew(account.id());
    }

    /** Accepts a current code from the app or an unused recovery code; a code works only once. */
    @Transactional
    public void verify(AccountPrincipal principal, String code) {
        guard(principal);
        var account = accounts.findById(principal.id()).orElseThrow(InvalidCode::new);
        var step = SecondFactor.matchingStep(account.totpSecret(), code, clock);
        var accepted = step.isPresent() ? account.useTimeStep(step.getAsLong()) : recoveryCodes.use(account.id(), code);
        if (!accepted) {
            throw new InvalidCode();
        }
        accounts.save(account);
        throttle.reset(principal.email());
    }

    @Transactional
    public List<String> renewRecoveryCodes(AccountPrincipal principal) {
        return recoveryCodes.renew(principal.id());
    }

    @Transactional(readOnly = true)
    public int remainingRecoveryCodes(AccountPrincipal principal) {
        return recoveryCodes.remaining(principal.id());
    }

    public Authentication completed(AccountPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities.of(principal));
    }

    private void guard(AccountPrincipal principal) {
        // Counted before the code is checked, as a password is (ADR 6).
        if (!throttle.tryAttempt(principal.email())) {
            throw new LockedException("login.locked");
        }
    }
}
