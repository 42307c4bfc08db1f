package nl.eenplan.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a login name for a while after repeated failures. Kept per name (also for names without
 * an account, so the lock tells nothing about which accounts exist) and in the database, so that
 * every EenPlan node sees the same count.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isLocked(String login) {
        return jdbc.sql("select locked_until from login_throttle where login = ?")
                .param(key(login))
                .query(Instant.class)
                .optional()
                .map(until -> until.isAfter(clock.instant()))
                .orElse(false);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String login) {
        var lockedUntil = clock.instant().plus(LOCK);
        jdbc.sql("""
                insert into login_throttle (login, failures, locked_until) values (:login, 1, null)
                on conflict (login) do update set
                  failures = case when login_throttle.locked_until < :now then 1 else login_throttle.failures + 1 end,
                  locked_until = case
                    when login_throttle.locked_until < :now then null
                    when login_throttle.failures + 1 >= :max then :lockedUntil
                    else login_throttle.locked_until end
                """)
                .param("login", key(login))
                .param("now", Timestamp.from(clock.instant()))
                .param("max", MAX_FAILURES)
                .param("lockedUntil", Timestamp.from(lockedUntil))
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void reset(String login) {
        jdbc.sql("delete from login_throttle where login = ?").param(key(login)).update();
    }

    private static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
