package nl.eenplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's HAProxy in front of EenPlan nodes, as in production: round-robin without sticky sessions,
 * health checks on the readiness endpoint, a request that cannot reach a node sent to another. Each
 * answer names the node that served it in the header {@value #NODE_HEADER}. HAProxy must be installed
 * ({@code apt-get install haproxy}; the CI script does it): without it the test fails, it is not skipped.
 */
public final class LoadBalancer implements AutoCloseable {

    public static final String NODE_HEADER = "X-EenPlan-Node";

    private static final Path CONFIG = Path.of("bench", "nodes", "haproxy.cfg");

    private static final Path HAPROXY = Path.of(System.getProperty("eenplan.haproxy", "/usr/sbin/haproxy"));

    private final Process process;
    private final int port;

    private LoadBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts HAProxy on a free port in front of these nodes (name to port) and waits until it serves. */
    public static LoadBalancer start(Map<String, Integer> nodes, Path folder) throws Exception {
        assertThat(Files.isExecutable(HAPROXY))
                .as("HAProxy is needed at %s: apt-get install -y haproxy (.ci/run installs it)", HAPROXY)
                .isTrue();
        var port = freePort();
        var servers = nodes.entrySet().stream()
                .map(node -> "    server %s 127.0.0.1:%d check".formatted(node.getKey(), node.getValue()))
                .collect(Collectors.joining("\n"));
        // The benchmark's configuration, with these ports and nodes.
        var config = Files.readString(CONFIG)
                        .replace("@PORT@", String.valueOf(port))
                        .replace("@STATS_PORT@", String.valueOf(freePort()))
                + servers
                + "\n";
        Files.createDirectories(folder);
        var file = folder.resolve("haproxy.cfg");
        Files.writeString(file, config);
        var process = new ProcessBuilder(HAPROXY.toString(), "-f", file.toString(), "-db")
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("haproxy.log").toFile())
                .start();
        var balancer = new LoadBalancer(process, port);
        balancer.awaitReady();
        return balancer;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    private void awaitReady() throws Exception {
        var http = HttpClient.newHttpClient();
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (true) {
            assertThat(process.isAlive()).as("HAProxy runs").isTrue();
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertThat(Instant.now()).as("HAProxy serves within 30 seconds").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
