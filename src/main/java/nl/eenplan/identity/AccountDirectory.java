package nl.eenplan.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.eenplan.notification.Mailer;
import nl.eenplan.notification.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has an account, and how a person gets one: by an invitation e-mail with a one-time link,
 * valid for {@link #INVITATION_VALIDITY}, where they choose a password.
 */
@Service
public class AccountDirectory {

    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    AccountDirectory(
            Accounts accounts,
            JdbcClient jdbc,
            PasswordEncoder passwords,
            Mailer mailer,
            MessageSource messages,
            Clock clock,
            @Value("${eenplan.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Creates an inactive account and mails its owner a link to choose a password. */
    @Transactional
    public AccountSummary invite(String email, String displayName, AccountKind kind, UUID invitedBy) {
        if (accounts.existsByEmail(email.strip())) {
            throw new EmailAddressTaken();
        }
        var account = accounts.save(Account.invited(email, displayName, kind, clock.instant()));
        sendInvitation(account, invitedBy);
        return AccountSummary.of(account);
    }

    /** Sends a new link to an account that has not chosen a password yet; earlier links stop working. */
    @Transactional
    public void reinvite(UUID accountId, UUID invitedBy) {
        var account = accounts.findById(accountId).filter(a -> !a.active()).orElseThrow(InvitationInvalid::new);
        sendInvitation(account, invitedBy);
    }

    /** For the demo and first administrator only: an active account with a known password. */
    @Transactional
    public AccountSummary createActive(String email, String displayName, AccountKind kind, String password) {
        if (accounts.existsByEmail(email.strip())) {
            throw new EmailAddressTaken();
        }
        var account = Account.invited(email, displayName, kind, clock.instant());
        account.choosePassword(passwords.encode(password));
        return AccountSummary.of(accounts.save(account));
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> invitation(String token) {
        return findUsableInvitation(token)
                .flatMap(invitation -> accounts.findById(invitation.accountId()))
                .map(AccountSummary::of);
    }

    /** Sets the password of an invited account and makes the link unusable. */
    @Transactional
    public AccountSummary acceptInvitation(String token, String password) {
        var invitation = findUsableInvitation(token).orElseThrow(InvitationInvalid::new);
        var account = accounts.findById(invitation.accountId()).orElseThrow(InvitationInvalid::new);
        PasswordPolicy.violation(password, account.email()).ifPresent(key -> {
            throw new InvalidPassword(key);
        });
        account.choosePassword(passwords.encode(password));
        accounts.save(account);
        jdbc.sql("update invitation set accepted_at = ? where account_id = ? and accepted_at is null")
                .params(Timestamp.from(clock.instant()), account.id())
                .update();
        return AccountSummary.of(account);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(UUID id) {
        return accounts.findById(id).map(AccountSummary::of);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(email.strip()).map(AccountSummary::of);
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> all() {
        return accounts.findAllOrdered().stream().map(AccountSummary::of).toList();
    }

    @Transactional
    public void chooseLocale(UUID accountId, Locale locale) {
        accounts.findById(accountId).ifPresent(account -> {
            account.chooseLocale(locale.getLanguage());
            accounts.save(account);
        });
    }

    private Optional<InvitationRecord> findUsableInvitation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id, account_id, expires_at, accepted_at from invitation where token_hash = ?")
                .param(Tokens.hash(token))
                .query(InvitationRecord.class)
                .optional()
                .filter(invitation -> invitation.usableAt(clock.instant()));
    }

    /**
     * On a database without any account: invites the first administrator and returns the link, so
     * that it can be shown on the console where no mail server is configured yet.
     */
    @Transactional
    public Optional<String> inviteFirstAdministrator(String email) {
        if (accounts.count() > 0) {
            return Optional.empty();
        }
        var account =
                accounts.save(Account.invited(email, email.split("@")[0], AccountKind.ADMINISTRATOR, clock.instant()));
        return Optional.of(sendInvitation(account, null));
    }

    private String sendInvitation(Account account, UUID invitedBy) {
        var now = clock.instant();
        jdbc.sql("update invitation set expires_at = ? where account_id = ? and accepted_at is null and expires_at > ?")
                .params(Timestamp.from(now), account.id(), Timestamp.from(now))
                .update();
        var token = Tokens.newToken("");
        jdbc.sql("""
                insert into invitation (id, account_id, token_hash, invited_by, expires_at, created_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(
                        UUID.randomUUID(),
                        account.id(),
                        Tokens.hash(token),
                        invitedBy,
                        Timestamp.from(now.plus(INVITATION_VALIDITY)),
                        Timestamp.from(now))
                .update();
        var locale = Locale.forLanguageTag(account.locale());
        var link = baseUrl + "/invitation/" + token;
        var subject = messages.getMessage("mail.invitation.subject", null, locale);
        var body = messages.getMessage(
                "mail.invitation.body",
                new Object[] {account.displayName(), link, INVITATION_VALIDITY.toDays()},
                locale);
        mailer.send(new OutgoingMail(account.email(), subject, body));
        return link;
    }
}
