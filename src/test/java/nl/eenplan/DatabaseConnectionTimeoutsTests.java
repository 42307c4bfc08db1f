package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database's pool waits at most 3 s for a connection (docs/operations.md), and works. */
class DatabaseConnectionTimeoutsTests extends EenPlanTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theEmbeddedDatabasePoolGivesUpAfterThreeSeconds() {
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        var pool = (HikariDataSource) dataSource;
        assertThat(pool.getConnectionTimeout()).isEqualTo(3_000);
        assertThat(pool.getValidationTimeout()).isEqualTo(2_000);
        assertThat(pool.isRunning()).isTrue();
        assertThat(JdbcClient.create(dataSource)
                        .sql("select 1")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
