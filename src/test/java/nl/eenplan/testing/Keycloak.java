package nl.eenplan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Keycloak, the OpenID Connect provider of the tests of logging in through one: unpacked
 * from its distribution into target/keycloak by the build, started once per test run on free
 * loopback ports with an in-memory database and the realm of {@code keycloak/eenplan-realm.json}
 * (client {@code eenplan}, people with verified and unverified e-mail addresses), and stopped when
 * the run ends. Use it with {@code @ExtendWith(Keycloak.class)} and {@link #issuer()}: it starts
 * before the class and is waited for before each test, so it boots while EenPlan's context does.
 */
public final class Keycloak implements BeforeAllCallback, BeforeEachCallback {

    public static final String REALM = "eenplan";
    public static final String CLIENT_ID = "eenplan";
    public static final String CLIENT_SECRET = "eenplan-test-secret";

    private static final Path HOME =
            Path.of(System.getProperty("eenplan.keycloak.home", "target/keycloak/keycloak-26.7.3"));
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private static String issuer;
    private static Process process;
    private static boolean ready;

    /** Starts Keycloak, without waiting: EenPlan's context starts meanwhile, as it would with the provider down. */
    @Override
    public void beforeAll(ExtensionContext context) {
        issuer();
    }

    /** Each test waits until Keycloak answers (only the first one really waits). */
    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        awaitReady();
    }

    /** The realm's issuer; starts Keycloak at the first call of the run, and does not wait for it. */
    public static synchronized String issuer() {
        if (issuer == null) {
            issuer = start();
        }
        return issuer;
    }

    private static synchronized void awaitReady() throws IOException {
        if (!ready) {
            awaitDiscovery(issuer(), process);
            ready = true;
        }
    }

    private static String start() {
        try {
            var imports = Files.createDirectories(HOME.resolve("data/import"));
            try (var realm = Keycloak.class.getResourceAsStream("/keycloak/eenplan-realm.json")) {
                Files.copy(realm, imports.resolve("eenplan-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            var port = freePort();
            var command = List.of(
                    HOME.resolve("bin/kc.sh").toAbsolutePath().toString(),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--http-management-port=" + freePort(),
                    "--db=dev-mem",
                    "--import-realm");
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(HOME.resolveSibling("keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            var started = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started)));
            process = started;
            return "http://127.0.0.1:" + port + "/realms/" + REALM;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitDiscovery(String url, Process keycloak) throws IOException {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(url + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        var deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see target/keycloak/keycloak.log");
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("Keycloak did not start within " + START_LIMIT);
    }

    private static void stop(Process keycloak) {
        keycloak.descendants().forEach(ProcessHandle::destroy);
        keycloak.destroy();
    }

    /** A port nobody listens on just now; also what a provider that is down looks like. */
    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
