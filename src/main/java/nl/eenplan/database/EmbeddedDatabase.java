package nl.eenplan.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * EenPlan's own PostgreSQL on a data folder (docs/adr/0002, 0016). Before starting it takes the
 * {@link DataFolderLock} and stops a postmaster a crashed EenPlan left behind ({@link PostmasterGuard});
 * it starts the server durable ({@link Postmaster}) and sets up roles and passwords ({@link RoleSetup}).
 * Should the postmaster die while EenPlan runs, it is started again on the same port within seconds;
 * the connection pool then reconnects by itself.
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path dataDir;
    private final DataFolderLock lock;
    private final EmbeddedDbPasswords passwords;
    private final boolean cleanOnStop;
    private final int port;
    private final ScheduledExecutorService watchdog;
    private volatile EmbeddedPostgres postgres;
    private volatile long postmasterPid;
    private volatile boolean closed;

    private EmbeddedDatabase(
            Path dataDir,
            DataFolderLock lock,
            EmbeddedPostgres postgres,
            EmbeddedDbPasswords passwords,
            boolean cleanOnStop)
            throws IOException {
        this.dataDir = dataDir;
        this.lock = lock;
        this.postgres = postgres;
        this.passwords = passwords;
        this.cleanOnStop = cleanOnStop;
        this.port = postgres.getPort();
        this.postmasterPid =
                PostmasterGuard.pidIn(dataDir.resolve("postmaster.pid")).orElse(-1L);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("eenplan-postmaster-watchdog").factory());
        watchdog.scheduleWithFixedDelay(this::restartIfDead, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Starts PostgreSQL on the folder (port 0: a free one); refuses when another EenPlan uses it. With
     * {@code cleanOnStop} (tests) the folder is deleted at {@link #close()}.
     */
    public static EmbeddedDatabase start(Path folder, int port, boolean cleanOnStop) throws IOException {
        var dataDir = folder.toAbsolutePath().normalize();
        var lock = DataFolderLock.acquire(dataDir);
        try {
            var passwords = EmbeddedDbPasswords.loadOrCreate(dataDir);
            PostmasterGuard.stopLeftOver(dataDir);
            var database = new EmbeddedDatabase(
                    dataDir, lock, Postmaster.launch(dataDir, port, passwords), passwords, cleanOnStop);
            try (var connection = database.connect(Roles.SUPERUSER)) {
                RoleSetup.apply(connection, passwords, dataDir);
            } catch (SQLException | IOException | RuntimeException e) {
                database.close();
                throw new IOException("could not set up the roles of the embedded database", e);
            }
            log.info("Embedded PostgreSQL on port {} with data in {}", database.port, dataDir);
            return database;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private synchronized void restartIfDead() {
        if (closed
                || ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false)) {
            return;
        }
        log.warn("Embedded PostgreSQL: the postmaster (process {}) is gone; starting it again", postmasterPid);
        try {
            postgres.close(); // releases the library's lock; stopping the dead server fails harmlessly
            PostmasterGuard.stopLeftOver(dataDir);
            postgres = Postmaster.launch(dataDir, port, passwords);
            postmasterPid =
                    PostmasterGuard.pidIn(dataDir.resolve("postmaster.pid")).orElse(-1L);
            log.info("Embedded PostgreSQL: started again on port {}", port);
        } catch (IOException | RuntimeException e) {
            log.warn("Embedded PostgreSQL: could not start it again yet ({}); trying again", e.getMessage());
        }
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
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
        synchronized (this) {
            closed = true;
        }
        watchdog.shutdownNow();
        try {
            postgres.close();
        } finally {
            if (cleanOnStop) {
                FileSystemUtils.deleteRecursively(dataDir);
                Files.deleteIfExists(EmbeddedDbPasswords.fileOf(dataDir));
            }
            lock.close();
            if (cleanOnStop) {
                Files.deleteIfExists(DataFolderLock.fileOf(dataDir));
            }
        }
    }
}
