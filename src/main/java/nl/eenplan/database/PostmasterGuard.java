package nl.eenplan.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before EenPlan starts its PostgreSQL: a postmaster left behind on this data folder by an EenPlan that
 * died (kill -9, a crash) is shut down first, so the new start neither fails on "postmaster.pid already
 * exists" nor runs beside it. Only called while the {@link DataFolderLock} is held, so such a postmaster
 * belongs to no living EenPlan.
 */
final class PostmasterGuard {

    private static final Logger log = LoggerFactory.getLogger(PostmasterGuard.class);
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(30);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(15);

    private PostmasterGuard() {}

    static void stopLeftOver(Path dataDir) throws IOException {
        var pidFile = dataDir.resolve("postmaster.pid");
        var pid = pidIn(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        var process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            // PostgreSQL itself replaces a lock file whose process is gone (after checking that no
            // backend of it still uses the shared memory), so the file stays.
            log.info("Embedded PostgreSQL: stale postmaster.pid (process {} is gone); starting anew", pid.get());
            return;
        }
        if (!isPostmasterOf(process.get(), dataDir)) {
            // The number was handed to another process since; PostgreSQL would refuse to start.
            log.warn(
                    "Embedded PostgreSQL: postmaster.pid names process {}, which is no PostgreSQL of {}; removing it",
                    pid.get(),
                    dataDir);
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn(
                "Embedded PostgreSQL: a postmaster (process {}) was left running on {}; shutting it down",
                pid.get(),
                dataDir);
        signal(pid.get(), "INT"); // fast shutdown: roll back open transactions, checkpoint, stop
        if (!waitForExit(process.get(), FAST_SHUTDOWN)) {
            signal(pid.get(), "QUIT"); // immediate: the next start recovers from the WAL
            if (!waitForExit(process.get(), IMMEDIATE_SHUTDOWN)) {
                throw new IOException("PostgreSQL process " + pid.get() + " on " + dataDir + " does not stop");
            }
        }
        log.info("Embedded PostgreSQL: the postmaster left behind has stopped");
    }

    static Optional<Long> pidIn(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        var lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(lines.getFirst().strip()));
    }

    /** Whether the process is a PostgreSQL server started with {@code -D dataDir}. */
    static boolean isPostmasterOf(ProcessHandle process, Path dataDir) {
        var command = commandLine(process);
        if (command.isEmpty()
                || !Path.of(command.getFirst()).getFileName().toString().equals("postgres")) {
            return false;
        }
        for (int i = 1; i < command.size() - 1; i++) {
            if (command.get(i).equals("-D") && sameFolder(command.get(i + 1), dataDir)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> commandLine(ProcessHandle process) {
        var proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(proc)) {
                var raw = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
                return Arrays.asList(raw.split("\0"));
            }
        } catch (IOException e) {
            return List.of();
        }
        var info = process.info();
        if (info.command().isEmpty()) {
            return List.of();
        }
        var all = new java.util.ArrayList<String>();
        all.add(info.command().get());
        info.arguments().ifPresent(arguments -> all.addAll(Arrays.asList(arguments)));
        return all;
    }

    private static boolean sameFolder(String argument, Path dataDir) {
        try {
            return Path.of(argument).toRealPath().equals(dataDir.toRealPath());
        } catch (IOException e) {
            return Path.of(argument)
                    .toAbsolutePath()
                    .normalize()
                    .equals(dataDir.toAbsolutePath().normalize());
        }
    }

    private static void signal(long pid, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL", e);
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
