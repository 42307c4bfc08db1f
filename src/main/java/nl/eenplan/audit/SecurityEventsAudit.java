package nl.eenplan.audit;

import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.LoginCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Logs logins, failed logins and logouts. */
@Component
class SecurityEventsAudit {

    private final AuditLog log;

    SecurityEventsAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            log.recordAlone(AuditEvent.of(principal.id(), "LOGIN_PASSWORD_ACCEPTED"));
        }
    }

    @EventListener
    void on(LoginCompleted event) {
        log.recordAlone(AuditEvent.of(event.accountId(), "LOGIN_SECOND_FACTOR_ACCEPTED"));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        log.recordAlone(new AuditEvent(
                null,
                null,
                "LOGIN_FAILED",
                "login",
                String.valueOf(event.getAuthentication().getName()),
                null,
                event.getException().getMessage()));
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            log.recordAlone(AuditEvent.of(principal.id(), "LOGOUT"));
        }
    }
}
