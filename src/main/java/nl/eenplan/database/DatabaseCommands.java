package nl.eenplan.database;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --eenplan.backup=<folder>} and {@code --eenplan.restore=<folder>} on the command line
 * (docs/operations.md): EenPlan does only that, without starting, and stops with exit code 0 or 1.
 * The backup is taken from the EenPlan that runs on the data folder; the restore needs it stopped.
 */
public final class DatabaseCommands {

    static final String BACKUP = "--eenplan.backup=";
    static final String RESTORE = "--eenplan.restore=";
    private static final String DATA_DIR = "--eenplan.embedded-db.data-dir=";

    private DatabaseCommands() {}

    public static boolean wanted(String[] args) {
        return value(args, BACKUP).isPresent() || value(args, RESTORE).isPresent();
    }

    public static int run(String[] args, Map<String, String> environment, PrintStream out, Clock clock) {
        var dataDir = value(args, DATA_DIR)
                .map(Path::of)
                .orElseGet(() -> Path.of(environment.getOrDefault("EENPLAN_DATA_DIR", "./data"), "postgres"));
        try {
            var backup = value(args, BACKUP);
            if (backup.isPresent()) {
                var result = OnlineBackup.take(dataDir, Path.of(backup.get()), clock);
                out.println("backup of " + dataDir.toAbsolutePath().normalize() + " written to "
                        + result.folder().toAbsolutePath() + " (WAL " + result.startLsn() + " to " + result.stopLsn()
                        + ")");
                return 0;
            }
            var aside = OnlineBackup.restore(Path.of(value(args, RESTORE).orElseThrow()), dataDir, clock);
            out.println("backup restored into " + dataDir.toAbsolutePath().normalize()
                    + (aside == null ? "" : "; the folder that was there is kept as " + aside)
                    + "; start EenPlan to recover the database from it");
            return 0;
        } catch (Exception e) {
            out.println("failed: " + e.getMessage());
            return 1;
        }
    }

    private static Optional<String> value(String[] args, String option) {
        for (var arg : args) {
            if (arg.startsWith(option) && arg.length() > option.length()) {
                return Optional.of(arg.substring(option.length()));
            }
        }
        return Optional.empty();
    }
}
