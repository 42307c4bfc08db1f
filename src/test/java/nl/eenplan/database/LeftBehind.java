package nl.eenplan.database;

import java.nio.file.Path;

/**
 * Run in a separate JVM by the tests: starts the embedded database on a folder, writes a row, says
 * READY and waits to be killed (kill -9), leaving its postmaster behind as a crashed EenPlan would.
 */
public final class LeftBehind {

    private LeftBehind() {}

    public static void main(String[] args) throws Exception {
        var database = EmbeddedDatabase.start(Path.of(args[0]), 0, false);
        try (var connection = database.connect(Roles.OWNER);
                var statement = connection.createStatement()) {
            statement.execute("create table kept (text text)");
            statement.execute("insert into kept values ('acknowledged before the crash')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
