package nl.eenplan.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing one's own password: the current one is asked first (and counted as a login try, so it
 * cannot be guessed from a session left open), the new one meets {@link PasswordPolicy}, the
 * account's other sessions end and its owner gets a mail.
 */
@Service
public class PasswordChanges {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AccountSessions sessions;
    private final AccountMail mail;
    private final ApplicationEventPublisher events;

    PasswordChanges(
            Accounts accounts,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            AccountSessions sessions,
            AccountMail mail,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.sessions = sessions;
        this.mail = mail;
        this.events = events;
    }

    /**
     * @throws WrongPassword when the current password is not right
     * @throws InvalidPassword when the new one breaks the policy
     * @throws LockedException after too many wrong tries
     */
    @Transactional
    public void change(AccountPrincipal principal, String current, String chosen, String currentSession) {
        var account = accounts.findById(principal.id())
                .filter(Account::canLogIn)
                .filter(Account::hasPassword)
                .orElseThrow(WrongPassword::new);
        if (!throttle.tryAttempt(account.email())) {
            throw new LockedException("login.locked");
        }
        if (!passwords.matches(current, account.passwordHash())) {
            throw new WrongPassword();
        }
        throttle.reset(account.email());
        PasswordPolicy.violation(chosen, account.email()).ifPresent(key -> {
            throw new InvalidPassword(key);
        });
        if (passwords.matches(chosen, account.passwordHash())) {
            throw new InvalidPassword("password.same");
        }
        account.choosePassword(passwords.encode(chosen));
        accounts.save(account);
        var ended = sessions.endAll(account.id(), currentSession);
        mail.send(account, "passwordChanged");
        events.publishEvent(AccountActivity.onAccount(
                account.id(), "PASSWORD_CHANGED", account.id(), "other sessions ended: " + ended));
    }
}
