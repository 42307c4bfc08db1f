package nl.eenplan;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * When the database is away, a request waits at most {@code eenplan.db.connection-timeout} (3 s) for
 * a connection and then fails, so it is answered 503 quickly instead of after HikariCP's default of
 * 30 s; connections are checked within a shorter validation timeout. HikariCP reconnects by itself
 * when the database is back. Applies to every connection pool, the embedded database's and that of
 * an external database; a pool that was already started with other timeouts is started again with
 * these (its settings copied), before anyone uses it.
 */
@Component
class DatabaseConnectionTimeouts implements BeanPostProcessor {

    private final long connectionTimeout;
    private final long validationTimeout;

    DatabaseConnectionTimeouts(@Value("${eenplan.db.connection-timeout:3s}") Duration connectionTimeout) {
        this.connectionTimeout = Math.max(500, connectionTimeout.toMillis());
        this.validationTimeout = Math.max(250, this.connectionTimeout * 2 / 3);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof HikariDataSource pool)
                || (pool.getConnectionTimeout() == connectionTimeout
                        && pool.getValidationTimeout() == validationTimeout)) {
            return bean;
        }
        if (!pool.isRunning()) {
            apply(pool);
            return pool;
        }
        var config = new HikariConfig();
        pool.copyStateTo(config);
        apply(config);
        pool.close();
        return new HikariDataSource(config);
    }

    private void apply(HikariConfig config) {
        config.setConnectionTimeout(connectionTimeout);
        config.setValidationTimeout(validationTimeout);
    }
}
