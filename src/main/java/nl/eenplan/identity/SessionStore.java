package nl.eenplan.identity;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, tables from V34), so every node behind the load
 * balancer serves every request and a restart logs nobody out (docs/adr/0019). Everything a session
 * holds is serializable: the security context with its {@link AccountPrincipal} (fully logged in or
 * waiting for the second factor), the CSRF token, the saved request, flash attributes and the
 * enrolment of an authenticator app.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    static final String CLEANUP_TASK = "session-cleanup";

    /** spring.session.servlet.filter-order in application.yml. */
    static final int SESSION_FILTER_ORDER = -150;

    /**
     * Removes expired sessions as one recurring db-scheduler task: however many nodes share the
     * database, one of them runs each cleanup ({@code eenplan.sessions.cleanup-interval}, default one
     * minute). Spring Session's own cron job, which would run on every node, is switched off.
     */
    @Bean
    RecurringTask<Void> sessionCleanup(
            JdbcIndexedSessionRepository sessions,
            @Value("${eenplan.sessions.cleanup-interval:PT1M}") Duration interval) {
        return Tasks.recurring(CLEANUP_TASK, FixedDelay.of(interval))
                .execute((instance, context) -> sessions.cleanUpExpiredSessions());
    }

    /** Ahead of the session filter (spring.session.servlet.filter-order), on error dispatches only. */
    @Bean
    FilterRegistrationBean<UnavailablePageFilter> unavailablePageWithoutSession(
            @Value("${server.servlet.session.cookie.name}") String sessionCookie) {
        var registration = new FilterRegistrationBean<>(new UnavailablePageFilter(sessionCookie));
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(SESSION_FILTER_ORDER - 10);
        return registration;
    }

    /**
     * Indexes a session by the id of its account, not by the principal's text (which would not fit
     * the column and would put an e-mail address there), so all sessions of one account can be found.
     */
    @Bean
    IndexResolver<Session> accountIndex() {
        return session -> {
            var context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext security
                    && security.getAuthentication() != null
                    && security.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
                return Map.of(
                        FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                        principal.id().toString());
            }
            return Map.of();
        };
    }
}
