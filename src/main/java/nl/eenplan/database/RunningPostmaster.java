package nl.eenplan.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The PostgreSQL that runs on a data folder now, as its postmaster.pid tells. */
final class RunningPostmaster {

    private RunningPostmaster() {}

    /** The port it listens on; fails when no PostgreSQL of this folder runs. */
    static int port(Path dataDir) throws IOException {
        var pidFile = dataDir.resolve("postmaster.pid");
        var pid = PostmasterGuard.pidIn(pidFile);
        var running = pid.flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> PostmasterGuard.isPostmasterOf(process, dataDir));
        if (running.isEmpty()) {
            throw new IOException("no PostgreSQL of EenPlan runs on " + dataDir
                    + "; start EenPlan first (the backup is taken while it runs)");
        }
        // The fourth line of postmaster.pid is the port.
        var lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        return Integer.parseInt(lines.get(3).strip());
    }
}
