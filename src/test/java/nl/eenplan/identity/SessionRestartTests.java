package nl.eenplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.eenplan.EenPlanApplication;
import nl.eenplan.testing.HttpVisitor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions live in PostgreSQL (docs/adr/0019): what a visitor's cookie stands for survives a restart
 * of EenPlan on the same database, as it survives a switch to another node behind the load balancer.
 * Its own embedded database, kept between two application contexts on the same port.
 */
class SessionRestartTests {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    private final Path data =
            Path.of("target", "test-postgres", "sessions-" + UUID.randomUUID()).toAbsolutePath();
    private final int port = freePort();
    private final String baseUrl = "http://localhost:" + port;

    @Test
    @DisplayName(
            "X-1: a login, a pending second factor, its CSRF token, a saved request and a flash message survive a restart; logout and expiry end the session in the database")
    void aSessionSurvivesARestartOfEenPlan() throws Exception {
        var loggedIn = new HttpVisitor(baseUrl);
        var halfway = new HttpVisitor(baseUrl);
        UUID anna;
        UUID bert;
        String bertSecret;
        try (var first = start(false)) {
            var annaSecret = SecondFactor.newSecret();
            anna = staffWithApp(first, "anna", annaSecret);
            bertSecret = SecondFactor.newSecret();
            bert = staffWithApp(first, "bert", bertSecret);

            // Anna logs in fully, then revokes an API token; the notice waits in her session.
            var password = logIn(loggedIn, "anna");
            assertThat(HttpVisitor.location(password)).isEqualTo("/login/second-factor");
            assertThat(password.headers().allValues("Set-Cookie"))
                    .as("a new session id at login, in a cookie scripts cannot read and other sites do not get")
                    .singleElement()
                    .satisfies(cookie -> assertThat(cookie)
                            .startsWith("JSESSIONID=")
                            .contains("HttpOnly")
                            .contains("SameSite=Lax"));
            loggedIn.openForm("/login/second-factor");
            assertThat(HttpVisitor.location(loggedIn.post(
                            "/login/second-factor", "code", SecondFactor.codeAt(annaSecret, Instant.now()))))
                    .isEqualTo("/");
            var token = first.getBean(ApiTokens.class)
                    .issue(anna, "script", ApiScope.READ, 30)
                    .token();
            loggedIn.openForm("/account");
            assertThat(HttpVisitor.location(loggedIn.post("/account/tokens/" + token.id() + "/revoke")))
                    .isEqualTo("/account");

            // Bert asked for his account page, gave his password and now sees the form for the code.
            assertThat(HttpVisitor.location(halfway.get("/account"))).endsWith("/login");
            assertThat(HttpVisitor.location(logIn(halfway, "bert"))).isEqualTo("/login/second-factor");
            halfway.openForm("/login/second-factor");
        }

        try (var second = start(true)) {
            var account = loggedIn.get("/account");
            assertThat(account.statusCode()).isEqualTo(200);
            assertThat(account.body()).contains("De sleutel is ongeldig gemaakt.");
            assertThat(loggedIn.get("/account").body()).doesNotContain("De sleutel is ongeldig gemaakt.");

            // The code form from before the restart, with its CSRF token, completes the login and leads
            // to the page Bert asked for.
            var code = halfway.post("/login/second-factor", "code", SecondFactor.codeAt(bertSecret, Instant.now()));
            assertThat(HttpVisitor.location(code)).isEqualTo("/account?continue");
            assertThat(halfway.get("/account").statusCode()).isEqualTo(200);

            var sql = second.getBean(JdbcClient.class);
            assertThat(sql.sql("select max_inactive_interval from spring_session where principal_name = ?")
                            .param(anna.toString())
                            .query(Integer.class)
                            .list())
                    .as("one session for Anna, ended after 15 idle minutes")
                    .containsExactly(900);

            // Logging out removes the session from the database, so no node knows it any more.
            loggedIn.openForm("/account");
            assertThat(HttpVisitor.location(loggedIn.post("/logout"))).isEqualTo("/login?logout");
            assertThat(sessionsOf(sql, anna)).isZero();
            assertThat(HttpVisitor.location(loggedIn.get("/account"))).startsWith("/login");

            // An expired session is removed by the cleanup task, and its cookie logs nobody in.
            sql.sql("update spring_session set expiry_time = 0 where principal_name = ?")
                    .param(bert.toString())
                    .update();
            await(() -> sessionsOf(sql, bert) == 0);
            assertThat(HttpVisitor.location(halfway.get("/account"))).startsWith("/login");
        }
    }

    private static HttpResponse<String> logIn(HttpVisitor visitor, String name)
            throws IOException, InterruptedException {
        return visitor.openLoginPage().submitLogin(name + "@sessions.example", PASSWORD);
    }

    private static UUID staffWithApp(ConfigurableApplicationContext node, String name, String secret) {
        var summary = node.getBean(AccountDirectory.class)
                .createActive(name + "@sessions.example", name, AccountKind.STAFF, PASSWORD);
        var accounts = node.getBean(Accounts.class);
        var account = accounts.findById(summary.id()).orElseThrow();
        account.enableSecondFactor(secret, Instant.now().getEpochSecond() / 30 - 2);
        accounts.save(account);
        return summary.id();
    }

    private static long sessionsOf(JdbcClient sql, UUID account) {
        return sql.sql("select count(*) from spring_session where principal_name = ?")
                .param(account.toString())
                .query(Long.class)
                .single();
    }

    private ConfigurableApplicationContext start(boolean last) {
        return new SpringApplicationBuilder(EenPlanApplication.class)
                .registerShutdownHook(false)
                .run(
                        "--server.port=" + port,
                        "--eenplan.embedded-db.data-dir=" + data,
                        "--eenplan.embedded-db.clean-on-stop=" + last,
                        "--eenplan.demo=false",
                        "--eenplan.first-administrator=",
                        "--eenplan.sessions.cleanup-interval=PT1S",
                        "--db-scheduler.polling-interval=PT0.5S",
                        "--spring.mail.host=",
                        "--spring.main.banner-mode=off",
                        "--logging.structured.format.console=");
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("within 30 seconds").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
