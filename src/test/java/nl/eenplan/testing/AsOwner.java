package nl.eenplan.testing;

import java.sql.SQLException;
import java.util.function.Consumer;
import nl.eenplan.database.EmbeddedDatabase;
import nl.eenplan.database.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

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

    /** Runs the work in one transaction on one connection as the owner. */
    public static void inOneTransaction(EmbeddedDatabase database, Consumer<JdbcClient> work) {
        var owner =
                new SingleConnectionDataSource(database.jdbcUrl(), Roles.OWNER, database.password(Roles.OWNER), true);
        try {
            new TransactionTemplate(new DataSourceTransactionManager(owner))
                    .executeWithoutResult(status -> work.accept(JdbcClient.create(owner)));
        } finally {
            owner.destroy();
        }
    }
}
