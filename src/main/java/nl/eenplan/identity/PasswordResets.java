package nl.eenplan.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Wachtwoord vergeten": a link by mail, valid for {@link #VALIDITY} and only once, stored as a
 * hash. Asking tells nothing about which accounts exist (the answer is always the same) and sends
 * at most {@link #PER_HOUR} links an hour to one account. A new password does not skip the second
 * factor: it is still asked at the next login.
 */
@Service
public class PasswordResets {

    public static final Duration VALIDITY = Duration.ofHours(1);
    static final int PER_HOUR = 3;

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AccountSessions sessions;
    private final AccountMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResets(
            Accounts accounts,
            JdbcClient jdbc,
            PasswordEncoder passwords,
            AccountSessions sessions,
            AccountMail mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.sessions = sessions;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Mails a link when an account that can log in with a password has this address; does nothing otherwise. */
    @Transactional
    public void request(String email) {
        if (email == null || email.isBlank() || email.length() > PasswordAuthentication.MAX_EMAIL) {
            return;
        }
        var account =
                accounts.findByEmail(email.strip()).filter(Account::canLogIn).filter(Account::hasPassword);
        if (account.isEmpty()) {
            return;
        }
        var now = clock.instant();
        // The account's row lock makes parallel requests take turns, so the limit holds.
        jdbc.sql("select id from account where id = ? for update")
                .param(account.get().id())
                .query(UUID.class)
                .single();
        var recent = jdbc.sql("select count(*) from password_reset where account_id = ? and created_at > ?")
                .params(account.get().id(), Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Integer.class)
                .single();
        if (recent >= PER_HOUR) {
            events.publishEvent(AccountActivity.onAccount(
                    null, "PASSWORD_RESET_THROTTLED", account.get().id(), null));
            return;
        }
        jdbc.sql("update password_reset set expires_at = ? where account_id = ? and used_at is null and expires_at > ?")
                .params(Timestamp.from(now), account.get().id(), Timestamp.from(now))
                .update();
        var token = Tokens.newToken("");
        jdbc.sql("""
                insert into password_reset (id, account_id, token_hash, expires_at, created_at)
                values (?, ?, ?, ?, ?)
                """)
                .params(
                        UUID.randomUUID(),
                        account.get().id(),
                        Tokens.hash(token),
                        Timestamp.from(now.plus(VALIDITY)),
                        Timestamp.from(now))
                .update();
        mail.send(account.get(), "passwordReset", mail.link("/reset-password/" + token), VALIDITY.toMinutes());
        events.publishEvent(AccountActivity.onAccount(
                null, "PASSWORD_RESET_REQUESTED", account.get().id(), null));
    }

    /** The account a link is for, while it can still be used. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> usable(String token) {
        return usableReset(token).flatMap(accounts::findById).map(AccountSummary::of);
    }

    /**
     * Sets the new password and uses up the link; every session of the account ends.
     *
     * @throws InvalidPassword when the password breaks the policy
     * @throws InvitationInvalid when the link cannot be used (any more)
     */
    @Transactional
    public void reset(String token, String chosen) {
        var accountId = usableReset(token).orElseThrow(InvitationInvalid::new);
        var account = accounts.findById(accountId)
                .filter(Account::canLogIn)
                .filter(Account::hasPassword)
                .orElseThrow(InvitationInvalid::new);
        PasswordPolicy.violation(chosen, account.email()).ifPresent(key -> {
            throw new InvalidPassword(key);
        });
        var used = jdbc.sql("update password_reset set used_at = ? where token_hash = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), Tokens.hash(token))
                .update();
        if (used != 1) {
            throw new InvitationInvalid();
        }
        account.choosePassword(passwords.encode(chosen));
        accounts.save(account);
        sessions.endAll(account.id(), null);
        mail.send(account, "passwordChanged");
        events.publishEvent(AccountActivity.onAccount(null, "PASSWORD_RESET", account.id(), null));
    }

    private Optional<UUID> usableReset(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        return jdbc.sql("""
                        select account_id from password_reset
                        where token_hash = ? and used_at is null and expires_at > ?
                        """)
                .params(Tokens.hash(token), Timestamp.from(now))
                .query(UUID.class)
                .optional();
    }
}
