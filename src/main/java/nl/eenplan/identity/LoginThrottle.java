package nl.eenplan.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a login name for a while after repeated failures. Kept per name (also for names without
 * an account, so the lock tells nothing about which accounts exist) and in the database, so that
 * every EenPlan node sees the same count.
 *
 * <p>A try is counted <em>before</em> the password or code is checked, in one statement that also
 * refuses it when the name is locked: many tries at once for one name can never check more than
 * {@link #MAX_FAILURES} passwords. A try that succeeds clears the count ({@link #reset}).
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

    /**
     * Reserves one try for this name, counted as a failure until it succeeds. The try that reaches
     * the limit locks the name (it is still checked, so a right password then still logs in); an
     * expired lock starts a new count.
     *
     * @return false when the name is locked: do not check the password or code
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean tryAttempt(String login) {
        var now = clock.instant();
        // The row lock of "on conflict do update" makes parallel tries for one name take turns here.
        return jdbc.sql("""
                        insert into login_throttle as t (login, failures, locked_until)
                        values (:login, 1, case when 1 >= :max then cast(:lockedUntil as timestamptz) end)
                        on conflict (login) do update set
                          failures = case when t.locked_until <= :now then 1 else t.failures + 1 end,
                          locked_until = case
                            when t.locked_until <= :now then null
                            when t.failures + 1 >= :max then cast(:lockedUntil as timestamptz)
                            else t.locked_until end
                        where t.locked_until is null or t.locked_until <= :now
                        returning failures
                        """)
                .param("login", key(login))
                .param("now", Timestamp.from(now))
                .param("max", MAX_FAILURES)
                .param("lockedUntil", Timestamp.from(now.plus(LOCK)))
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void reset(String login) {
        jdbc.sql("delete from login_throttle where login = ?").param(key(login)).update();
    }

    private static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
