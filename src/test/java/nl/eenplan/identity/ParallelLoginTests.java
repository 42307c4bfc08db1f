package nl.eenplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.eenplan.testing.EenPlanTest;
import nl.eenplan.testing.HttpVisitor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ADR 6: the lockout also holds when many wrong passwords for one name arrive at the same moment, over
 * real HTTP. A try is counted before its password is checked; only tries that were checked answer
 * "failed" (and are logged with {@code login.failed}), refused ones answer "locked".
 */
class ParallelLoginTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";
    private static final int PARALLEL = 20;

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("X-1, ADR 6: twenty parallel wrong passwords for one name check at most five, and lock the name")
    void twentyParallelWrongPasswordsCheckAtMostFive() throws Exception {
        var email = uniqueEmail("doelwit");
        directory.createActive(email, "Doelwit", AccountKind.CITIZEN, PASSWORD);

        var answers = allAtOnce(email, "fout wachtwoord");

        var failed = answers.stream().filter("/login?error=failed"::equals).count();
        var locked = answers.stream().filter("/login?error=locked"::equals).count();
        assertThat(failed + locked).as("every try answered: %s", answers).isEqualTo(PARALLEL);
        assertThat(failed).as("passwords checked").isLessThanOrEqualTo(LoginThrottle.MAX_FAILURES);
        assertThat(locked).isGreaterThanOrEqualTo(PARALLEL - LoginThrottle.MAX_FAILURES);
        // The access log tells the same: at most five tries were checked, the rest refused unchecked.
        assertThat(loggedFailures(email, "login.failed")).isEqualTo(failed);
        assertThat(loggedFailures(email, "login.locked")).isEqualTo(locked);
        assertThat(jdbc.sql("select failures from login_throttle where login = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(LoginThrottle.MAX_FAILURES);
        assertThat(jdbc.sql("select locked_until from login_throttle where login = ?")
                        .param(email)
                        .query(Instant.class)
                        .single())
                .isAfter(Instant.now().plus(LoginThrottle.LOCK).minusSeconds(120));

        // Even the right password now waits for the lock to pass.
        assertThat(HttpVisitor.location(
                        new HttpVisitor(baseUrl()).openLoginPage().submitLogin(email, PASSWORD)))
                .isEqualTo("/login?error=locked");
    }

    @Test
    @DisplayName("ADR 6: after four parallel wrong passwords, the right one still logs in and clears the count")
    void theRightPasswordStillLogsInUnderTheLimit() throws Exception {
        var email = uniqueEmail("vergeetachtig");
        directory.createActive(email, "Vergeetachtig", AccountKind.CITIZEN, PASSWORD);

        var answers = allAtOnce(email, "fout wachtwoord", LoginThrottle.MAX_FAILURES - 1);
        assertThat(answers).containsOnly("/login?error=failed");

        var visitor = new HttpVisitor(baseUrl()).openLoginPage();
        assertThat(HttpVisitor.location(visitor.submitLogin(email, PASSWORD))).isEqualTo("/");
        assertThat(visitor.get("/").body()).contains("Welkom, Vergeetachtig");
        assertThat(jdbc.sql("select count(*) from login_throttle where login = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private java.util.List<String> allAtOnce(String email, String password) throws Exception {
        return allAtOnce(email, password, PARALLEL);
    }

    /** Each try from its own visitor (session and CSRF token), all sent at the same moment. */
    private java.util.List<String> allAtOnce(String email, String password, int tries) throws Exception {
        var visitors = new ArrayList<HttpVisitor>();
        for (int i = 0; i < tries; i++) {
            visitors.add(new HttpVisitor(baseUrl()).openLoginPage());
        }
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<HttpResponse<String>>>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var visitor : visitors) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return visitor.submitLogin(email, password);
                }));
            }
            start.countDown();
            var locations = new ArrayList<String>();
            for (var answer : answers) {
                locations.add(HttpVisitor.location(answer.get()));
            }
            return locations;
        }
    }

    private long loggedFailures(String email, String detail) {
        return jdbc.sql(
                        "select count(*) from audit_entry where event = 'LOGIN_FAILED' and subject_id = ? and detail = ?")
                .params(email, detail)
                .query(Long.class)
                .single();
    }
}
