package nl.eenplan.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;

/**
 * A consistent backup of the running embedded database, taken online with PostgreSQL's low-level
 * backup API (docs/adr/0016): {@code pg_backup_start}, a copy of the data folder while EenPlan keeps
 * writing, {@code pg_backup_stop}, whose backup label goes into the copy, and then the WAL written
 * meanwhile. A temporary replication slot keeps that WAL from being recycled during the copy. Started
 * from this backup, PostgreSQL replays the WAL up to the end of the backup and is consistent.
 */
public final class OnlineBackup {

    /** What PostgreSQL rebuilds or must not find in a copy (as pg_basebackup leaves it out). */
    static final Set<String> CONTENT_LEFT_OUT = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_stat_tmp",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_subtrans");

    static final Set<String> FILES_LEFT_OUT =
            Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label.old", "tablespace_map.old");

    static final String DATA = "data";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    static final String PASSWORDS = "passwords";
    /**
     * The access log's signing key beside the data folder ({@code <data folder>.audit-signing-key}, ADR
     * 17): it travels with the backup, so checkpoints signed before it still verify after a restore.
     */
    static final String SIGNING_KEY = "audit-signing-key";

    private OnlineBackup() {}

    /** Backs up the database of the running EenPlan on {@code dataDir} into the new folder {@code target}. */
    public static BackupResult take(Path dataDir, Path target, Clock clock) throws IOException, SQLException {
        var folder = dataDir.toAbsolutePath().normalize();
        if (Files.exists(target) && !FolderCopy.isEmpty(target)) {
            throw new IOException("the backup folder " + target + " already exists and is not empty");
        }
        var port = RunningPostmaster.port(folder);
        var passwords = EmbeddedDbPasswords.load(folder);
        var copy = target.resolve(DATA);
        Files.createDirectories(target);
        // Personal data: the backup is for its owner's eyes only, like the data folder itself.
        Files.setPosixFilePermissions(target, OWNER_ONLY);
        Files.createDirectories(copy);
        Files.setPosixFilePermissions(copy, OWNER_ONLY);
        var url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection connection =
                java.sql.DriverManager.getConnection(url, Roles.SUPERUSER, passwords.of(Roles.SUPERUSER))) {
            execute(
                    connection,
                    "select pg_create_physical_replication_slot('eenplan_backup_"
                            + ProcessHandle.current().pid() + "', true, true)");
            String startLsn;
            try (var start = connection.prepareStatement("select pg_backup_start(?, true)::text")) {
                start.setString(1, "EenPlan " + clock.instant());
                try (var rs = start.executeQuery()) {
                    rs.next();
                    startLsn = rs.getString(1);
                }
            }
            FolderCopy.copy(folder, copy, CONTENT_LEFT_OUT, FILES_LEFT_OUT);
            String stopLsn;
            try (var statement = connection.createStatement();
                    var rs = statement.executeQuery(
                            "select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)")) {
                rs.next();
                stopLsn = rs.getString(1);
                FolderCopy.writeDurably(copy.resolve("backup_label"), rs.getString(2));
                var tablespaces = rs.getString(3);
                if (tablespaces != null && !tablespaces.isEmpty()) {
                    FolderCopy.writeDurably(copy.resolve("tablespace_map"), tablespaces);
                }
            }
            // The WAL from the start of the backup to its end; the slot has kept it.
            FolderCopy.copyWal(folder.resolve("pg_wal"), copy.resolve("pg_wal"));
            passwords.writeTo(target.resolve(PASSWORDS));
            var key = besideDataFolder(folder, SIGNING_KEY);
            if (Files.isRegularFile(key)) {
                EmbeddedDbPasswords.writePrivately(target.resolve(SIGNING_KEY), read(key));
            }
            FolderCopy.writeDurably(
                    target.resolve("BACKUP"),
                    "EenPlan backup of " + folder + "\nstart " + startLsn + "\nstop " + stopLsn + "\n");
            return new BackupResult(target, startLsn, stopLsn);
        }
    }

    /**
     * Puts a backup in place of the data folder of a stopped EenPlan; a folder already there is moved
     * aside, never deleted. EenPlan's next start recovers the database from the backup's WAL.
     */
    public static Path restore(Path backup, Path dataDir, Clock clock) throws IOException {
        var folder = dataDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup.resolve(DATA).resolve("backup_label"))) {
            throw new IOException(backup + " holds no EenPlan backup (no data/backup_label)");
        }
        try (var lock = DataFolderLock.acquire(folder)) {
            Path aside = null;
            if (Files.exists(folder)) {
                aside = folder.resolveSibling(folder.getFileName() + ".before-restore-" + clock.millis());
                Files.move(folder, aside);
                var oldPasswords = EmbeddedDbPasswords.fileOf(folder);
                if (Files.exists(oldPasswords)) {
                    Files.move(oldPasswords, aside.resolveSibling(aside.getFileName() + ".passwords"));
                }
                var oldKey = besideDataFolder(folder, SIGNING_KEY);
                if (Files.exists(oldKey)) {
                    Files.move(oldKey, besideDataFolder(aside, SIGNING_KEY));
                }
            }
            FolderCopy.copy(backup.resolve(DATA), folder, Set.of(), Set.of());
            Files.setPosixFilePermissions(folder, OWNER_ONLY);
            EmbeddedDbPasswords.writePrivately(EmbeddedDbPasswords.fileOf(folder), read(backup.resolve(PASSWORDS)));
            if (Files.isRegularFile(backup.resolve(SIGNING_KEY))) {
                EmbeddedDbPasswords.writePrivately(
                        besideDataFolder(folder, SIGNING_KEY), read(backup.resolve(SIGNING_KEY)));
            }
            return aside;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Where the backup went, and the WAL positions it spans. */
    public record BackupResult(Path folder, String startLsn, String stopLsn) {}

    /** A file kept beside the data folder, named after it: {@code <data folder>.<suffix>}. */
    static Path besideDataFolder(Path dataDir, String suffix) {
        return dataDir.resolveSibling(dataDir.getFileName() + "." + suffix);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
