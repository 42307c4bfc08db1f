package nl.eenplan;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import nl.eenplan.database.EmbeddedDatabase;
import nl.eenplan.database.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code EENPLAN_DB_URL}, EenPlan starts its own PostgreSQL from Maven artifacts and keeps
 * its data in {@code eenplan.embedded-db.data-dir}, so a restart loses nothing. Flyway migrates as
 * the schema's owner, EenPlan works as the application role (docs/privacy.md, docs/adr/0016).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${eenplan.embedded-db.data-dir}") Path dataDir,
            @Value("${eenplan.embedded-db.port}") int port,
            @Value("${eenplan.embedded-db.clean-on-stop:false}") boolean cleanOnStop)
            throws IOException {
        return EmbeddedDatabase.start(dataDir, port, cleanOnStop);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database, DatabaseConnectionTimeouts timeouts) {
        var config = new HikariConfig();
        timeouts.apply(config);
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(Roles.APP);
        config.setPassword(database.password(Roles.APP));
        config.setMaximumPoolSize(20);
        config.setPoolName("eenplan");
        return new HikariDataSource(config);
    }

    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedDatabase database) {
        return flyway -> flyway.dataSource(database.jdbcUrl(), Roles.OWNER, database.password(Roles.OWNER));
    }
}
