package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.eenplan.audit.AuditChain;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.database.OnlineBackup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** docs/operations.md: the online backup of the embedded database, taken under load, restores whole. */
class BackupRestoreTests {

    private static final int WRITERS = 4;

    @TempDir
    Path data;

    @Test
    @DisplayName(
            "X-1: a backup taken while four writers append restores every acknowledged write, with an intact access log")
    void anOnlineBackupUnderLoadRestoresWithAnIntactAccessLog() throws Exception {
        var live = data.resolve("live").resolve("postgres");
        var backup = data.resolve("backup");
        var acknowledged = ConcurrentHashMap.<String>newKeySet();
        Set<String> acknowledgedBeforeBackup;
        OnlineBackup.BackupResult result;
        try (var app = start(live)) {
            var writing = new AtomicBoolean(true);
            var tasks = new ArrayList<java.util.concurrent.Future<?>>();
            try (var pool = Executors.newFixedThreadPool(WRITERS)) {
                for (int w = 0; w < WRITERS; w++) {
                    var writer = w;
                    tasks.add(pool.submit(() -> write(app, writer, writing, acknowledged)));
                }
                while (acknowledged.size() < 200) {
                    Thread.sleep(20);
                }
                acknowledgedBeforeBackup = Set.copyOf(acknowledged);
                result = OnlineBackup.take(live, backup, Clock.systemUTC());
                var duringBackup = acknowledged.size() - acknowledgedBeforeBackup.size();
                assertThat(duringBackup)
                        .as("the writers kept writing during the backup")
                        .isPositive();
                writing.set(false);
                for (var task : tasks) {
                    task.get();
                }
            }
        }
        assertThat(result.stopLsn()).isNotBlank();

        var restored = data.resolve("restored").resolve("postgres");
        OnlineBackup.restore(backup, restored, Clock.systemUTC());
        try (var app = start(restored)) {
            var present = app.getBean(JdbcClient.class)
                    .sql("select detail from audit_entry where event = 'BACKUP_LOAD'")
                    .query(String.class)
                    .set();
            assertThat(present).containsAll(acknowledgedBeforeBackup);
            assertThat(acknowledged).containsAll(present);
            var verdict = app.getBean(AuditChain.class).verify();
            assertThat(verdict.intact()).as(verdict.summary()).isTrue();
        }
    }

    private static void write(
            ConfigurableApplicationContext app, int writer, AtomicBoolean writing, Set<String> acknowledged) {
        var audit = app.getBean(AuditLog.class);
        var transactions = app.getBean(TransactionTemplate.class);
        for (int n = 0; writing.get(); n++) {
            var detail = "writer-" + writer + "-" + n;
            transactions.executeWithoutResult(
                    status -> audit.record(new AuditEvent(null, null, "BACKUP_LOAD", "test", null, null, detail)));
            acknowledged.add(detail);
        }
    }

    private static ConfigurableApplicationContext start(Path folder) {
        return new SpringApplicationBuilder(EenPlanApplication.class)
                .run(
                        "--eenplan.demo=false",
                        "--server.port=0",
                        "--eenplan.embedded-db.data-dir=" + folder,
                        "--logging.structured.format.console=",
                        "--spring.mail.host=");
    }
}
