package nl.eenplan.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with other people's accounts: find them, switch them off and on again,
 * and forget a lost authenticator app. Each change names the version the administrator saw ({@link
 * StaleAccount} when someone else changed the account since), ends the person's sessions where it
 * matters and goes to the access log, as searching and looking do.
 */
@Service
public class AccountAdministration {

    static final int MAX_RESULTS = 100;

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final AccountSessions sessions;
    private final RecoveryCodes recoveryCodes;
    private final AccountMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(
            Accounts accounts,
            JdbcClient jdbc,
            AccountSessions sessions,
            RecoveryCodes recoveryCodes,
            AccountMail mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.recoveryCodes = recoveryCodes;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Accounts whose name or e-mail address holds the text (all when it is empty), by name. */
    @Transactional
    public List<AccountSummary> search(UUID adminId, String text) {
        var query = text == null ? "" : text.strip();
        var pattern = "%"
                + query.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        var ids = jdbc.sql("""
                        select id from account
                        where lower(display_name) like :p or lower(email) like :p
                        order by lower(display_name), email limit :max
                        """)
                .param("p", pattern)
                .param("max", MAX_RESULTS)
                .query(UUID.class)
                .list();
        var found = accounts.findAllById(ids).stream()
                .map(AccountSummary::of)
                .sorted(java.util.Comparator.comparing(
                                (AccountSummary a) -> a.displayName().toLowerCase(Locale.ROOT))
                        .thenComparing(AccountSummary::email))
                .toList();
        events.publishEvent(
                new AccountActivity(adminId, "PEOPLE_SEARCHED", "people", null, query + " (" + found.size() + ")"));
        return found;
    }

    /** One account, as an administrator opens it; the look is logged. */
    @Transactional
    public AccountSummary open(UUID adminId, UUID accountId) {
        var account = accounts.findById(accountId).orElseThrow(AccountNotFound::new);
        events.publishEvent(AccountActivity.onAccount(adminId, "ACCOUNT_READ", accountId, null));
        return AccountSummary.of(account);
    }

    /**
     * Switches the account off: it cannot log in, its sessions end and its API tokens stop working.
     * An administrator cannot switch off himself nor the last active administrator.
     */
    @Transactional
    public void deactivate(UUID adminId, UUID accountId, int version) {
        var account = current(accountId, version);
        if (account.id().equals(adminId)) {
            throw new AccountChangeRefused("people.deactivate.self");
        }
        if (account.kind() == AccountKind.ADMINISTRATOR && !account.deactivated() && activeAdministrators() <= 1) {
            throw new AccountChangeRefused("people.deactivate.lastAdministrator");
        }
        account.deactivate(clock.instant());
        accounts.save(account);
        var ended = sessions.endAll(accountId, null);
        var revoked = jdbc.sql("update api_token set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), accountId)
                .update();
        events.publishEvent(AccountActivity.onAccount(
                adminId,
                "ACCOUNT_DEACTIVATED",
                accountId,
                "sessions ended: " + ended + ", tokens revoked: " + revoked));
    }

    @Transactional
    public void reactivate(UUID adminId, UUID accountId, int version) {
        var account = current(accountId, version);
        account.reactivate();
        accounts.save(account);
        events.publishEvent(AccountActivity.onAccount(adminId, "ACCOUNT_REACTIVATED", accountId, null));
    }

    /**
     * Forgets the person's authenticator app and recovery codes (the phone was lost): their sessions
     * end and at the next login they set up an app again. They get a mail about it.
     */
    @Transactional
    public void resetSecondFactor(UUID adminId, UUID accountId, int version) {
        var account = current(accountId, version);
        if (!account.totpEnabled()) {
            throw new AccountChangeRefused("people.secondFactor.notSetUp");
        }
        account.forgetSecondFactor();
        accounts.save(account);
        recoveryCodes.clear(accountId);
        sessions.endAll(accountId, null);
        mail.send(account, "secondFactorReset");
        events.publishEvent(AccountActivity.onAccount(adminId, "SECOND_FACTOR_RESET", accountId, null));
    }

    /**
     * Claims the account's version for a change kept elsewhere (its staff roles): a second
     * administrator who saw the same version is refused, as for the changes here.
     */
    @Transactional
    public void claim(UUID accountId, int version) {
        accounts.save(current(accountId, version));
    }

    private Account current(UUID accountId, int version) {
        var account = accounts.findById(accountId).orElseThrow(AccountNotFound::new);
        if (account.version() != version) {
            throw new StaleAccount();
        }
        return account;
    }

    private int activeAdministrators() {
        return jdbc.sql("""
                        select count(*) from account
                        where kind = 'ADMINISTRATOR' and active and deactivated_at is null
                        """).query(Integer.class).single();
    }
}
