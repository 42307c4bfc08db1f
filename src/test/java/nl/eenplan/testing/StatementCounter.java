package nl.eenplan.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the application sends on the current thread while {@link #during} runs,
 * for tests of how often data is loaded per request. The real connection pool stays in place: only
 * connections taken while counting are watched, and every call goes on to the real connection.
 */
@Component
public class StatementCounter implements BeanPostProcessor, Ordered {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

    /** The statements sent on this thread while {@code work} ran, in order (the SQL text, or "" if none). */
    public List<String> during(ThrowingRunnable work) throws Exception {
        var statements = new ArrayList<String>();
        COUNTING.set(statements);
        try {
            work.run();
        } finally {
            COUNTING.remove();
        }
        return List.copyOf(statements);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof HikariDataSource pool)) {
            return bean;
        }
        var factory = new ProxyFactory(pool);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            var result = invocation.proceed();
            var statements = COUNTING.get();
            if (statements != null && result instanceof Connection connection) {
                return watched(connection, statements);
            }
            return result;
        });
        return factory.getProxy();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static Connection watched(Connection connection, List<String> statements) {
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (STATEMENTS.contains(method.getName())) {
                        statements.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "");
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Work that may throw, such as a request through MockMvc. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
