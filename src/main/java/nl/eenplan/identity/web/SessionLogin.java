package nl.eenplan.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.LoginCompleted;
import nl.eenplan.identity.SecondFactorLogin;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/** Turns a half-finished login into a full one, in a session with a new id. */
@Component
class SessionLogin {

    private final SecondFactorLogin login;
    private final SecurityContextRepository contexts;
    private final ApplicationEventPublisher events;
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    SessionLogin(SecondFactorLogin login, SecurityContextRepository contexts, ApplicationEventPublisher events) {
        this.login = login;
        this.contexts = contexts;
        this.events = events;
    }

    void complete(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(login.completed(principal));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        events.publishEvent(new LoginCompleted(principal.id()));
    }

    /** Where the person wanted to go before logging in, or the start page. */
    String target(HttpServletRequest request, HttpServletResponse response) {
        var saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        return saved == null ? "/" : saved.getRedirectUrl();
    }

    void logout(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
