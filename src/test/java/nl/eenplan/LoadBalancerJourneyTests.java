package nl.eenplan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.LoadBalancer;
import nl.eenplan.testing.NodeFixtures;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two EenPlan nodes on one PostgreSQL behind HAProxy, round-robin without sticky sessions, in a real
 * browser: the node that served the login stops, and the professional goes on without logging in
 * again, because the session lives in the database (docs/scale.md).
 */
class LoadBalancerJourneyTests {

    private static final String EMAIL = "hanna@balancer.example";
    private static final String PASSWORD = "een lange zin als wachtwoord";
    private static final String GOAL = "Sanne vindt werk";

    private final Path folder =
            Path.of("target", "load-balancer", UUID.randomUUID().toString()).toAbsolutePath();
    private final Map<String, ConfigurableApplicationContext> nodes = new LinkedHashMap<>();
    private final List<AutoCloseable> running = new ArrayList<>();
    private EmbeddedPostgres postgres;

    @BeforeEach
    void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(folder.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (var closeable : running.reversed()) {
            closeable.close();
        }
        nodes.values().forEach(ConfigurableApplicationContext::close);
        postgres.close();
    }

    @Test
    @DisplayName("A professional logged in through the load balancer goes on after the node that served him stops")
    void theJourneyGoesOnWhenTheNodeThatServedTheLoginStops() throws Exception {
        var ports = new LinkedHashMap<String, Integer>();
        for (var name : List.of("a", "b")) {
            ports.put(name, LoadBalancer.freePort());
            // One after the other: the second finds the schema migrated by the first.
            nodes.put(name, NodeFixtures.startNode(postgres, "node-" + name, ports.get(name), "--spring.mail.host="));
        }
        var household = NodeFixtures.openCase(nodes.get("a"), "Delft", EMAIL, PASSWORD, "Sanne", "de Vries")
                .household();
        var balancer = LoadBalancer.start(ports, folder);
        running.add(balancer);
        var context = Browser.desktop();
        running.add(context);
        var page = context.newPage();
        var servedBy = new AtomicReference<String>();
        page.onResponse(response -> remember(response, servedBy));

        StaffLogin.firstLogin(page, balancer.baseUrl(), EMAIL, PASSWORD, "Hanna Hulp");
        var loginNode = servedBy.get();
        assertThat(loginNode).isIn("a", "b");
        nodes.remove(loginNode).close();

        page.navigate(balancer.baseUrl() + "/households/" + household + "/plan/approach");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doel toevoegen")))
                .isVisible();
        page.getByLabel("Doel", new Page.GetByLabelOptions().setExact(true)).fill(GOAL);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doel toevoegen"))
                .click();
        assertThat(page.getByText("Het doel is toegevoegd.")).isVisible();
        assertThat(servedBy.get()).as("served by the node still running").isNotEqualTo(loginNode);

        assertThat(JdbcClient.create(postgres.getPostgresDatabase())
                        .sql("select count(*) from goal where title = ?")
                        .param(GOAL)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static void remember(Response response, AtomicReference<String> servedBy) {
        if ("document".equals(response.request().resourceType())) {
            var node = response.headerValue(LoadBalancer.NODE_HEADER.toLowerCase());
            if (node != null) {
                servedBy.set(node);
            }
        }
    }
}
