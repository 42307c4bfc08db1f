package nl.eenplan.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/operations.md: --eenplan.backup while EenPlan runs, --eenplan.restore while it is stopped. */
class DatabaseCommandsTests {

    @TempDir
    Path data;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    @DisplayName("the backup command copies the running database, the restore command puts it back after the stop")
    void backupWhileRunningRestoreWhenStopped() throws Exception {
        var folder = data.resolve("postgres");
        var backup = data.resolve("backup");
        try (var database = EmbeddedDatabase.start(folder, 0, false)) {
            try (var connection = database.connect(Roles.OWNER);
                    var statement = connection.createStatement()) {
                statement.execute("create table kept (text text)");
                statement.execute("insert into kept values ('in the backup')");
            }
            assertThat(run("--eenplan.backup=" + backup, "--eenplan.embedded-db.data-dir=" + folder))
                    .isZero();
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("written to");
            assertThat(Files.getPosixFilePermissions(backup.resolve("passwords")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.getPosixFilePermissions(backup))
                    .as("only its owner may open the backup")
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));

            assertThat(run("--eenplan.restore=" + backup, "--eenplan.embedded-db.data-dir=" + folder))
                    .as("not while EenPlan runs")
                    .isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("in use by another EenPlan process");
            try (var connection = database.connect(Roles.OWNER);
                    var statement = connection.createStatement()) {
                statement.execute("insert into kept values ('after the backup')");
            }
        }
        assertThat(run("--eenplan.backup=" + data.resolve("other"), "--eenplan.embedded-db.data-dir=" + folder))
                .as("a backup needs the running EenPlan")
                .isEqualTo(1);

        assertThat(run("--eenplan.restore=" + backup, "--eenplan.embedded-db.data-dir=" + folder))
                .isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("is kept as");
        try (var database = EmbeddedDatabase.start(folder, 0, false);
                var connection = database.connect(Roles.APP);
                var statement = connection.createStatement();
                var rs = statement.executeQuery("select string_agg(text, ',') from kept")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("in the backup");
        }
    }

    @Test
    void onlyTheseTwoOptionsAreCommands() {
        assertThat(DatabaseCommands.wanted(new String[] {"--eenplan.backup=/x"}))
                .isTrue();
        assertThat(DatabaseCommands.wanted(new String[] {"--eenplan.restore=/x"}))
                .isTrue();
        assertThat(DatabaseCommands.wanted(new String[] {"--eenplan.audit.verify", "--eenplan.backup="}))
                .isFalse();
    }

    private int run(String... args) {
        return DatabaseCommands.run(
                args, Map.of(), new PrintStream(printed, true, StandardCharsets.UTF_8), Clock.systemUTC());
    }
}
