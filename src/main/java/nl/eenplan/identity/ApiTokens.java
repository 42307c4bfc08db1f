package nl.eenplan.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: scoped, expiring, shown once, stored hashed, revocable. */
@Service
public class ApiTokens {

    public static final Set<Integer> VALIDITY_DAYS = Set.of(7, 30, 90, 365);
    static final String PREFIX = "eenplan_";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Authorities authorities;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Authorities authorities, Clock clock) {
        this.jdbc = jdbc;
        this.authorities = authorities;
        this.clock = clock;
    }

    @Transactional
    public IssuedApiToken issue(UUID accountId, String name, ApiScope scope, int validityDays) {
        if (!VALIDITY_DAYS.contains(validityDays)) {
            throw new IllegalArgumentException("validity not offered");
        }
        var secret = Tokens.newToken(PREFIX);
        var now = clock.instant();
        var token = new ApiToken(
                UUID.randomUUID(), name.strip(), scope, now, now.plus(Duration.ofDays(validityDays)), null, null);
        jdbc.sql("""
                insert into api_token (id, account_id, name, token_hash, scope, expires_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        token.id(),
                        accountId,
                        token.name(),
                        Tokens.hash(secret),
                        scope.name(),
                        Timestamp.from(token.expiresAt()),
                        Timestamp.from(token.createdAt()))
                .update();
        return new IssuedApiToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(UUID accountId) {
        return jdbc.sql("""
                        select id, name, scope, created_at, expires_at, last_used_at, revoked_at
                        from api_token where account_id = ? order by created_at desc
                        """).param(accountId).query(ApiToken.class).list();
    }

    /** Revokes one of the account's own tokens; false when it has no such token. */
    @Transactional
    public boolean revoke(UUID accountId, UUID tokenId) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
                        .params(Timestamp.from(clock.instant()), tokenId, accountId)
                        .update()
                == 1;
    }

    /** The authentication a presented secret stands for, if it is valid now. */
    @Transactional
    Optional<Authentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        var now = clock.instant();
        // The token and its account in one statement; the account must still be able to log in.
        var grant = jdbc.sql("""
                        select t.id, t.scope, t.last_used_at, a.id as account_id, a.email, a.display_name, a.kind
                        from api_token t join account a on a.id = t.account_id
                        where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and %s
                        """.formatted(Account.CAN_LOG_IN))
                .params(Tokens.hash(secret), Timestamp.from(now))
                .query(Grant::of)
                .optional();
        // "Last used" is kept to the minute: writing it on every request would make all requests
        // with one token wait for each other on its row, and asking the database to write it when it
        // is not due would cost every request a statement. The update keeps its own condition, so two
        // requests in the same minute write it once.
        grant.filter(g -> g.lastUsedAt() == null || g.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION)))
                .ifPresent(g -> jdbc.sql("""
                                update api_token set last_used_at = ?
                                where id = ? and (last_used_at is null or last_used_at < ?)
                                """)
                        .params(Timestamp.from(now), g.id(), Timestamp.from(now.minus(LAST_USED_PRECISION)))
                        .update());
        return grant.map(g ->
                authentication(new AccountPrincipal(g.accountId(), g.email(), g.displayName(), g.kind()), g.scope()));
    }

    private Authentication authentication(AccountPrincipal principal, ApiScope scope) {
        var granted = new ArrayList<GrantedAuthority>(authorities.of(principal));
        scope.authorities().stream().map(SimpleGrantedAuthority::new).forEach(granted::add);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, granted);
    }

    private record Grant(
            UUID id,
            ApiScope scope,
            Instant lastUsedAt,
            UUID accountId,
            String email,
            String displayName,
            AccountKind kind) {

        /** Read on every API call: mapped by hand, not by reflection. */
        static Grant of(ResultSet row, int number) throws SQLException {
            var lastUsed = row.getTimestamp("last_used_at");
            return new Grant(
                    row.getObject("id", UUID.class),
                    ApiScope.valueOf(row.getString("scope")),
                    lastUsed == null ? null : lastUsed.toInstant(),
                    row.getObject("account_id", UUID.class),
                    row.getString("email"),
                    row.getString("display_name"),
                    AccountKind.valueOf(row.getString("kind")));
        }
    }
}
