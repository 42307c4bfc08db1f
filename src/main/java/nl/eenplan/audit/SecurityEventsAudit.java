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

    /** The longest e-mail address there can be (RFC 5321). */
    private static final int MAX_NAME = 254;

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
                attemptedName(event.getAuthentication().getName()),
                null,
                event.getException().getMessage()));
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            log.recordAlone(AuditEvent.of(principal.id(), "LOGOUT"));
        }
    }

    /**
     * The login name as typed, fit for the log: anything may have been typed, so control characters
     * (which PostgreSQL refuses, like NUL) become '?' and a name longer than an e-mail address can be
     * is cut; the entry is written whatever was sent.
     */
    static String attemptedName(String typed) {
        var name = String.valueOf(typed);
        var fit = new StringBuilder(Math.min(name.length(), MAX_NAME));
        name.codePoints()
                .limit(MAX_NAME)
                .forEach(c -> fit.appendCodePoint(Character.isISOControl(c) || !Character.isDefined(c) ? '?' : c));
        return fit.toString();
    }
}
