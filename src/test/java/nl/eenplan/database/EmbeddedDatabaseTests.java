package nl.eenplan.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EenPlan's own PostgreSQL: durable, behind passwords, and back after any crash with one start. */
class EmbeddedDatabaseTests {

    @TempDir
    Path data;

    @Test
    @DisplayName("an acknowledged write is on disk: fsync, synchronous commit and full page writes are on")
    void startsDurable() throws Exception {
        try (var database = EmbeddedDatabase.start(data.resolve("postgres"), 0, false)) {
            assertThat(show(database, "fsync")).isEqualTo("on");
            assertThat(show(database, "synchronous_commit")).isEqualTo("on");
            assertThat(show(database, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    @DisplayName(
            "only EenPlan gets in: a password for every role, kept owner-only, no trust, the application no superuser")
    void acceptsOnlyItsOwnRolesWithTheirPasswords() throws Exception {
        var folder = data.resolve("postgres");
        try (var database = EmbeddedDatabase.start(folder, 0, false)) {
            var url = database.jdbcUrl();
            assertThatThrownBy(() -> DriverManager.getConnection(url, Roles.SUPERUSER, null)
                            .close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, Roles.SUPERUSER, "geraden")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(url, Roles.APP, "geraden")
                            .close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() ->
                            DriverManager.getConnection(url, "someone", "").close())
                    .isInstanceOf(SQLException.class);

            try (var app = database.connect(Roles.APP);
                    var statement = app.createStatement();
                    var rs = statement.executeQuery(
                            "select rolsuper, rolcreaterole, rolreplication from pg_roles where rolname = current_user")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1) || rs.getBoolean(2) || rs.getBoolean(3))
                        .isFalse();
            }
            assertThat(Files.readString(folder.resolve("pg_hba.conf")))
                    .doesNotContain("trust")
                    .contains("scram-sha-256");
            assertThat(show(database, "password_encryption")).isEqualTo("scram-sha-256");
            assertThat(Files.getPosixFilePermissions(EmbeddedDbPasswords.fileOf(folder)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        try (var again = EmbeddedDatabase.start(folder, 0, false)) {
            assertThat(show(again, "fsync"))
                    .as("the kept passwords open it again")
                    .isEqualTo("on");
        }
    }

    @Test
    @DisplayName(
            "after kill -9 of EenPlan its postmaster is stopped at the next start; a second EenPlan on the folder is refused")
    void aCrashedProcessLeavesNothingThatBlocksTheNextStart() throws Exception {
        var folder = data.resolve("postgres");
        var crashed = startLeftBehind(folder);
        try {
            assertThatThrownBy(() -> EmbeddedDatabase.start(folder, 0, false))
                    .isInstanceOf(DataFolderInUse.class)
                    .hasMessageContaining("in use by another EenPlan process");

            crashed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            var orphan = PostmasterGuard.pidIn(folder.resolve("postmaster.pid")).orElseThrow();
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                    .as("the postmaster outlives the process that started it")
                    .contains(true);

            try (var database = EmbeddedDatabase.start(folder, 0, false);
                    var connection = database.connect(Roles.OWNER);
                    var statement = connection.createStatement();
                    var rs = statement.executeQuery("select text from kept")) {
                assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                        .isNotEqualTo(java.util.Optional.of(true));
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("acknowledged before the crash");
            }
        } finally {
            crashed.destroyForcibly();
        }
    }

    @Test
    @DisplayName("kill -9 of the postmaster while EenPlan runs: it is started again on the same port, nothing lost")
    void aKilledPostmasterIsStartedAgain() throws Exception {
        var folder = data.resolve("postgres");
        try (var database = EmbeddedDatabase.start(folder, 0, false)) {
            try (var connection = database.connect(Roles.OWNER);
                    var statement = connection.createStatement()) {
                statement.execute("create table kept (text text)");
                statement.execute("insert into kept values ('committed before the kill')");
            }
            var killed = PostmasterGuard.pidIn(folder.resolve("postmaster.pid")).orElseThrow();
            new ProcessBuilder("kill", "-KILL", Long.toString(killed)).start().waitFor();

            var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String text = null;
            while (text == null && System.nanoTime() < deadline) {
                try (var connection = database.connect(Roles.OWNER);
                        var statement = connection.createStatement();
                        var rs = statement.executeQuery("select text from kept")) {
                    rs.next();
                    text = rs.getString(1);
                } catch (SQLException e) {
                    Thread.sleep(200);
                }
            }
            assertThat(text).isEqualTo("committed before the kill");
            assertThat(PostmasterGuard.pidIn(folder.resolve("postmaster.pid")))
                    .isNotEqualTo(java.util.Optional.of(killed));
        }
    }

    @Test
    @DisplayName("a stale postmaster.pid, of a process gone or of another program, does not block the start")
    void aStalePidFileDoesNotBlock() throws Exception {
        var folder = data.resolve("postgres");
        EmbeddedDatabase.start(folder, 0, false).close();

        var gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(folder.resolve("postmaster.pid"), gone.pid() + "\n" + folder + "\n");
        EmbeddedDatabase.start(folder, 0, false).close();

        Files.writeString(
                folder.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + folder + "\n");
        try (var database = EmbeddedDatabase.start(folder, 0, false)) {
            assertThat(show(database, "fsync")).isEqualTo("on");
        }
    }

    @Test
    @DisplayName("a data folder from before the passwords and roles is converted at its next start")
    void anOlderDataFolderGetsPasswordsAndRoles() throws Exception {
        var folder = data.resolve("postgres");
        try (var old = EmbeddedPostgres.builder()
                        .setDataDirectory(folder)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .start();
                var connection = old.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create table kept (id bigserial primary key, text text)");
            statement.execute("insert into kept (text) values ('written as the superuser, without password')");
        }

        try (var database = EmbeddedDatabase.start(folder, 0, false)) {
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), Roles.SUPERUSER, null)
                            .close())
                    .as("trust is gone")
                    .isInstanceOf(SQLException.class);
            try (var app = database.connect(Roles.APP);
                    var statement = app.createStatement()) {
                statement.execute("insert into kept (text) values ('written by EenPlan')");
                try (var rs = statement.executeQuery(
                        "select count(*), (select tableowner from pg_tables where tablename = 'kept') from kept")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(2);
                    assertThat(rs.getString(2)).isEqualTo(Roles.OWNER);
                }
            }
        }
    }

    private static Process startLeftBehind(Path folder) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LeftBehind.class.getName(),
                        folder.toString())
                .redirectErrorStream(true)
                .start();
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals("READY")) {
                return process;
            }
        }
        throw new AssertionError("the process that was to crash did not start its database");
    }

    private static String show(EmbeddedDatabase database, String setting) throws SQLException {
        try (var connection = database.connect(Roles.APP);
                var statement = connection.createStatement();
                var rs = statement.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
