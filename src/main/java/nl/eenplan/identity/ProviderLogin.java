package nl.eenplan.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches a person the identity provider vouches for to an EenPlan account, by an e-mail address
 * the provider has verified (docs/adr/0029). An account the provider's login may use is active and
 * not deactivated, or was invited and its invitation is still open: the first login accepts it.
 * Nobody gets an account without an invitation. Every outcome goes to the access log.
 */
@Service
class ProviderLogin {

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final Authorities authorities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderLogin(
            Accounts accounts,
            JdbcClient jdbc,
            Authorities authorities,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.authorities = authorities;
        this.events = events;
        this.clock = clock;
    }

    /** The account, with full or (second factor still to come) pending authorities. */
    record Match(AccountPrincipal principal, boolean pending, List<GrantedAuthority> granted) {}

    /**
     * @throws ProviderLoginRefused when the address is not verified, or there is no usable account
     *     or open invitation for it, or the account was deactivated
     */
    @Transactional(noRollbackFor = ProviderLoginRefused.class)
    public Match match(String email, Boolean emailVerified) {
        var address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty() || address.length() > PasswordAuthentication.MAX_EMAIL) {
            throw refused(address, ProviderLoginRefused.Reason.NO_EMAIL);
        }
        if (!Boolean.TRUE.equals(emailVerified)) {
            throw refused(address, ProviderLoginRefused.Reason.UNVERIFIED);
        }
        var account = accounts.findByEmail(address)
                .orElseThrow(() -> refused(address, ProviderLoginRefused.Reason.NO_ACCOUNT));
        if (account.deactivated()) {
            throw refused(address, ProviderLoginRefused.Reason.DEACTIVATED);
        }
        var detail = (String) null;
        if (!account.active()) {
            if (!acceptOpenInvitation(account)) {
                throw refused(address, ProviderLoginRefused.Reason.NO_ACCOUNT);
            }
            account.activateThroughProvider();
            accounts.save(account);
            detail = "invitation accepted";
        }
        var principal = account.principal();
        events.publishEvent(
                AccountActivity.onAccount(principal.id(), "LOGIN_PROVIDER_ACCEPTED", principal.id(), detail));
        return account.requiresSecondFactor()
                ? new Match(principal, true, Authorities.pending())
                : new Match(principal, false, authorities.of(principal));
    }

    private boolean acceptOpenInvitation(Account account) {
        var now = Timestamp.from(clock.instant());
        return jdbc.sql(
                                "update invitation set accepted_at = ? where account_id = ? and accepted_at is null and expires_at > ?")
                        .params(now, account.id(), now)
                        .update()
                > 0;
    }

    private ProviderLoginRefused refused(String address, ProviderLoginRefused.Reason reason) {
        events.publishEvent(new AccountActivity(null, "LOGIN_PROVIDER_REFUSED", "login", address, reason.name()));
        return new ProviderLoginRefused(reason);
    }
}
