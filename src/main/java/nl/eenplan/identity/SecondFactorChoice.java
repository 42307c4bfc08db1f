package nl.eenplan.identity;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household member or network member chooses to log in with an app as well (staff must, ADR 7),
 * and may turn it off again with a code from that app or a recovery code.
 */
@Service
public class SecondFactorChoice {

    private final Accounts accounts;
    private final SecondFactorLogin login;
    private final RecoveryCodes recoveryCodes;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactorChoice(
            Accounts accounts,
            SecondFactorLogin login,
            RecoveryCodes recoveryCodes,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.login = login;
        this.recoveryCodes = recoveryCodes;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /** Confirms the app with its first code; returns the recovery codes, shown once. */
    @Transactional
    public List<String> turnOn(AccountPrincipal principal, String secret, String code) {
        var codes = login.enrol(principal, secret, code);
        var account = accounts.findById(principal.id()).orElseThrow();
        account.chooseSecondFactor();
        accounts.save(account);
        events.publishEvent(AccountActivity.onAccount(principal.id(), "SECOND_FACTOR_TURNED_ON", principal.id(), null));
        return codes;
    }

    /**
     * @throws InvalidCode when the code is not a current one from the app nor an unused recovery code
     * @throws SecondFactorRequired for staff and administrators
     * @throws LockedException after too many wrong codes
     */
    @Transactional
    public void turnOff(AccountPrincipal principal, String code) {
        var account = accounts.findById(principal.id()).orElseThrow(InvalidCode::new);
        if (account.kind().requiresSecondFactor()) {
            throw new SecondFactorRequired();
        }
        if (!throttle.tryAttempt(account.email())) {
            throw new LockedException("login.locked");
        }
        var step = SecondFactor.matchingStep(account.totpSecret(), code, clock);
        var accepted = step.isPresent() ? account.useTimeStep(step.getAsLong()) : recoveryCodes.use(account.id(), code);
        if (!accepted) {
            throw new InvalidCode();
        }
        throttle.reset(account.email());
        account.turnOffSecondFactor();
        accounts.save(account);
        recoveryCodes.clear(account.id());
        events.publishEvent(
                AccountActivity.onAccount(principal.id(), "SECOND_FACTOR_TURNED_OFF", principal.id(), null));
    }
}
