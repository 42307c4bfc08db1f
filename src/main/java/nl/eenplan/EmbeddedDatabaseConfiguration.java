package nl.eenplan;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code EENPLAN_DB_URL}, EenPlan starts its own PostgreSQL from Maven artifacts and keeps
 * its data in {@code eenplan.embedded-db.data-dir}, so a restart loses nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${eenplan.embedded-db.data-dir}") Path dataDir,
            @Value("${eenplan.embedded-db.port}") int port,
            @Value("${eenplan.embedded-db.clean-on-stop:false}") boolean cleanOnStop)
            throws IOException {
        Files.createDirectories(dataDir);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.toAbsolutePath())
                .setCleanDataDirectory(cleanOnStop)
                // Spring stops PostgreSQL after the last request has finished (graceful shutdown).
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setLocaleConfig("encoding", "UTF8");
        if (port > 0) {
            builder.setPort(port);
        }
        var postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir.toAbsolutePath());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("eenplan");
        return new HikariDataSource(config);
    }
}
