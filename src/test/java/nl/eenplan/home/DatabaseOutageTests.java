package nl.eenplan.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.testing.EenPlanTest;
import nl.eenplan.testing.HttpVisitor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database goes away under a running EenPlan and comes back (docs/operations.md): readiness says
 * DOWN and UP again, requests meanwhile get a quick 503 in Dutch (problem detail for the API, the
 * error page for pages), never a long wait or a 500, and EenPlan reconnects by itself. This class
 * has its own PostgreSQL on a fixed port, which it stops and starts on the same data folder.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    /** The connection timeout (3 s) plus room for a busy test machine. */
    private static final Duration QUICK = Duration.ofSeconds(10);

    private static final Path DATA = Paths.get("target", "test-postgres", "outage-" + UUID.randomUUID());
    private static final int PORT = freePort();
    private static EmbeddedPostgres postgres = start();

    @Autowired
    AccountDirectory directory;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Test
    @DisplayName("Without its database EenPlan is not ready, answers 503 in Dutch at once, and recovers by itself")
    void databaseLossAndReturn() throws Exception {
        var email = uniqueEmail("moeder");
        var account = directory.createActive(email, "Moeder", AccountKind.CITIZEN, PASSWORD);
        var token = tokens.issue(account.id(), "koppeling", ApiScope.READ, 7).secret();
        var mother = new HttpVisitor(baseUrl()).openLoginPage();
        assertThat(HttpVisitor.location(mother.submitLogin(email, PASSWORD))).isEqualTo("/");
        var visitor = new HttpVisitor(baseUrl());
        assertThat(visitor.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        // Sessions live in the database: this visitor opened the login page before it went away.
        var login = new HttpVisitor(baseUrl()).openLoginPage();

        stopDatabase();

        // Not ready, but alive: the orchestrator stops sending traffic and does not restart EenPlan.
        var readiness = quickly(() -> visitor.get("/actuator/health/readiness"));
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
        assertThat(quickly(() -> visitor.get("/actuator/health/liveness")).statusCode())
                .isEqualTo(200);

        // The API: a problem detail, in Dutch unless English is asked for.
        var api = quickly(() -> visitor.get("/api/v1/me", "Authorization", "Bearer " + token));
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.headers().firstValue("Retry-After")).contains("10");
        var problem = json.readTree(api.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("title").asString()).isEqualTo("Tijdelijk niet beschikbaar");
        assertThat(problem.get("detail").asString()).contains("niet bereikbaar");
        var english =
                quickly(() -> visitor.get("/api/v1/me", "Authorization", "Bearer " + token, "Accept-Language", "en"));
        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(json.readTree(english.body()).get("title").asString()).isEqualTo("Temporarily unavailable");

        // A page of a logged-in person, and a login: the Dutch error page.
        var page = quickly(() -> mother.get("/account"));
        assertThat(page.statusCode()).isEqualTo(503);
        var html = Jsoup.parse(page.body());
        assertThat(html.select("html").attr("lang")).as(page.body()).isEqualTo("nl");
        assertThat(html.select("h1").text()).isEqualTo("EenPlan is even niet bereikbaar");
        var loginPage = quickly(() -> new HttpVisitor(baseUrl()).get("/login"));
        assertThat(loginPage.statusCode()).isEqualTo(503);
        assertThat(Jsoup.parse(loginPage.body()).select("h1").text()).isEqualTo("EenPlan is even niet bereikbaar");
        var refused = quickly(() -> login.submitLogin(email, PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("EenPlan is even niet bereikbaar");

        startDatabase();

        // EenPlan reconnects by itself: ready again, and the same requests work.
        var deadline = Instant.now().plusSeconds(30);
        while (visitor.get("/actuator/health/readiness").statusCode() != 200) {
            assertThat(Instant.now()).as("ready again within 30 s").isBefore(deadline);
            Thread.sleep(250);
        }
        assertThat(visitor.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(200);
        assertThat(mother.get("/account").statusCode()).isEqualTo(200);
        assertThat(HttpVisitor.location(login.submitLogin(email, PASSWORD))).isEqualTo("/");
    }

    /** Sends a request and checks that it was answered within {@link #QUICK}. */
    private static HttpResponse<String> quickly(Request request) throws Exception {
        var start = Instant.now();
        var response = request.send();
        assertThat(Duration.between(start, Instant.now()))
                .as("answered quickly")
                .isLessThan(QUICK);
        return response;
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private static synchronized void stopDatabase() throws IOException {
        postgres.close();
    }

    private static synchronized void startDatabase() {
        postgres = start();
    }

    private static EmbeddedPostgres start() {
        try {
            Files.createDirectories(DATA);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(DATA.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(PORT)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static {
        // After the test context (closed at the end of this class), the database and its folder go.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
                try (var files = Files.walk(DATA)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(path -> path.toFile().delete());
                }
            } catch (IOException e) {
                // Only a folder under target/ is left behind.
            }
        }));
    }
}
