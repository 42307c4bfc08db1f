package nl.eenplan.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanReading;
import nl.eenplan.testing.NodeFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two EenPlan nodes on one PostgreSQL, as in production behind a load balancer: each reminder goes
 * exactly once, and a node started after all others stopped sends what was due meanwhile. The one
 * test with its own database, mail server and application contexts instead of the shared ones.
 */
class ReminderClusterTests {

    private static final String PASSWORD = "een lange zin als wachtwoord";
    private static final String SANNE = "sanne@cluster.example";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private GreenMail smtp;

    @BeforeEach
    void startDatabaseAndMailServer() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target", "test-postgres", "cluster-" + UUID.randomUUID())
                        .toAbsolutePath())
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        nodes.forEach(ConfigurableApplicationContext::close);
        smtp.stop();
        postgres.close();
    }

    @Test
    @DisplayName("X-4, G-2: two nodes send each reminder exactly once, and after a restart none is lost")
    void twoNodesSendEachReminderOnceAndARestartLosesNone() throws Exception {
        var first = node("node-a");
        var second = node("node-b");
        var family = register(first);

        actionDueToday(first, family, "Wekker zetten");
        await(() -> mailsToSanne().size() >= 1);
        awaitSweeps(3);
        assertThat(mailsToSanne()).hasSize(1);

        // Both nodes sweep at the very same moment, while their schedulers run too.
        actionDueToday(first, family, "Rooster ophangen");
        var now = Instant.now();
        var a = CompletableFuture.supplyAsync(
                () -> first.getBean(Reminders.class).sweep(now));
        var b = CompletableFuture.supplyAsync(
                () -> second.getBean(Reminders.class).sweep(now));
        CompletableFuture.allOf(a, b).join();
        await(() -> mailsToSanne().size() >= 2);
        awaitSweeps(2);
        assertThat(mailsToSanne()).hasSize(2);

        second.close();
        first.getBean(Scheduler.class).stop();
        actionDueToday(first, family, "Schoolspullen klaarzetten");
        first.close();
        assertThat(mailsToSanne()).hasSize(2);

        node("node-c");
        await(() -> mailsToSanne().size() >= 3);
        awaitSweeps(2);
        assertThat(mailsToSanne())
                .hasSize(3)
                .allSatisfy(mail -> assertThat(mail.getSubject())
                        .isEqualTo("Herinnering: vandaag moet iets klaar zijn in EenPlan"));
        assertThat(sql().sql("select count(*) from reminder_sent where moment = 'ON'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    private ConfigurableApplicationContext node(String name) {
        var node = NodeFixtures.startNode(
                postgres,
                name,
                0,
                "--eenplan.reminders.interval=PT1S",
                "--db-scheduler.polling-interval=PT0.5S",
                "--db-scheduler.shutdown-max-wait=PT10S",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort());
        nodes.add(node);
        return node;
    }

    private record Family(UUID household, AccountPrincipal hanna, UUID mother, UUID goal) {}

    private static Family register(ConfigurableApplicationContext node) {
        var accounts = node.getBean(AccountDirectory.class);
        var opened = NodeFixtures.openCase(node, "Gouda", "hanna@cluster.example", PASSWORD, "Sanne", "Jansen");
        var household = opened.household();
        var hanna = opened.professional();
        var team = node.getBean(Team.class);
        var mother = team.of(household).stream()
                .filter(p -> p.kind() == ParticipantKind.HOUSEHOLD_MEMBER)
                .findFirst()
                .orElseThrow();
        var sanne = accounts.createActive(SANNE, "Sanne Jansen", AccountKind.CITIZEN, PASSWORD);
        team.linkAccount(mother.id(), sanne.id());
        node.getBean(ReminderPreferences.class).choose(sanne.id(), ReminderChoice.IMMEDIATE);
        var planEditing = node.getBean(PlanEditing.class);
        var planReading = node.getBean(PlanReading.class);
        var viewer = node.getBean(PlanAccess.class).viewer(household, hanna);
        var goal = planEditing.addGoal(
                household, viewer, planReading.current(household, viewer).version(), "Sara gaat elke dag naar school");
        return new Family(household, hanna, mother.id(), goal);
    }

    private static void actionDueToday(ConfigurableApplicationContext node, Family family, String what) {
        var planEditing = node.getBean(PlanEditing.class);
        var planReading = node.getBean(PlanReading.class);
        var viewer = node.getBean(PlanAccess.class).viewer(family.household(), family.hanna());
        var today = LocalDate.now(DutchTime.ZONE);
        planEditing.addAction(
                family.household(),
                viewer,
                planReading.current(family.household(), viewer).version(),
                family.goal(),
                new NewAction(what, Set.of(family.mother()), today, today, today.plusDays(30)));
    }

    private List<MimeMessage> mailsToSanne() {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return Arrays.stream(mail.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(SANNE));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    /** Waits until the recurring task has completed this many more runs, on whichever node. */
    private void awaitSweeps(int runs) throws InterruptedException {
        var last = lastSweep();
        for (var seen = 0; seen < runs; seen++) {
            var before = last;
            await(() -> !Objects.equals(lastSweep(), before));
            last = lastSweep();
        }
    }

    /** When the recurring task last completed, as text; empty before its first run. */
    private String lastSweep() {
        return sql().sql("select coalesce(max(last_success)::text, '') from scheduled_tasks where task_name = ?")
                .param(ReminderScheduling.TASK)
                .query(String.class)
                .single();
    }

    private JdbcClient sql() {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        var deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + PATIENCE.toSeconds() + " seconds");
            }
            Thread.sleep(50);
        }
    }
}
