package nl.eenplan.testing;

import java.sql.SQLException;
import nl.eenplan.database.EmbeddedDatabase;
import nl.eenplan.database.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What only the owner of the schema may do, for tests that show what the application role cannot:
 * EenPlan itself works as {@link Roles#APP} (docs/privacy.md).
 */
public final class AsOwner {

    private AsOwner() {}

    public static JdbcClient jdbc(EmbeddedDatabase database) {
        return JdbcClient.create(
                new DriverManagerDataSource(database.jdbcUrl(), Roles.OWNER, database.password(Roles.OWNER)));
    }

    /** Runs the statements in one transaction as the owner. */
    public static void inOneTransaction(EmbeddedDatabase database, String... statements) {
        try (var connection = database.connect(Roles.OWNER)) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                for (var sql : statements) {
                    statement.execute(sql);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
