package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import nl.eenplan.audit.AuditChain;
import nl.eenplan.identity.AccountDirectory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A data folder of an EenPlan from before passwords and roles (trust, all owned by the superuser). */
class EarlierDataFolderTests {

    @TempDir
    Path data;

    @Test
    @DisplayName("EenPlan starts on a data folder migrated by the superuser without password, and runs it as its roles")
    void anEarlierDataFolderIsTakenOver() throws Exception {
        var folder = data.resolve("postgres");
        try (var old = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start()) {
            Flyway.configure()
                    .dataSource(old.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        }

        try (var app = new SpringApplicationBuilder(EenPlanApplication.class)
                .run(
                        "--eenplan.demo=false",
                        "--eenplan.first-administrator=beheer@gemeente.example",
                        "--server.port=0",
                        "--eenplan.embedded-db.data-dir=" + folder,
                        "--logging.structured.format.console=",
                        "--spring.mail.host=")) {
            assertThat(app.getBean(AccountDirectory.class).all()).hasSize(1);
            assertThat(app.getBean(JdbcClient.class)
                            .sql(
                                    "select current_user || ' ' || (select tableowner from pg_tables where tablename = 'audit_entry')")
                            .query(String.class)
                            .single())
                    .isEqualTo("eenplan_app eenplan_owner");
            assertThat(app.getBean(AuditChain.class).verify().intact()).isTrue();
        }
    }
}
