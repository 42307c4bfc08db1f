package nl.eenplan.identity;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The page "EenPlan is even niet bereikbaar" (503) is shown while the database, and with it the
 * session store, cannot be reached (docs/operations.md). Its error dispatch therefore goes to the
 * session filter without the session cookie and without the session the failed request may have
 * begun: it neither reads nor writes a session (no further wait for the database), and the visitor's
 * cookie stays as it was, so he is still logged in when the database is back.
 */
class UnavailablePageFilter extends OncePerRequestFilter {

    /** Where Spring Session keeps the session of the request (and whether its id was invalid). */
    private static final String SESSION_ATTRIBUTES = SessionRepositoryFilter.SESSION_REPOSITORY_ATTR + ".";

    private final String sessionCookie;

    UnavailablePageFilter(String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR
                || !Integer.valueOf(HttpStatus.SERVICE_UNAVAILABLE.value())
                        .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public Object getAttribute(String name) {
                        return name.startsWith(SESSION_ATTRIBUTES) ? null : super.getAttribute(name);
                    }

                    @Override
                    public Cookie[] getCookies() {
                        var cookies = super.getCookies();
                        return cookies == null
                                ? null
                                : Arrays.stream(cookies)
                                        .filter(c -> !c.getName().equals(sessionCookie))
                                        .toArray(Cookie[]::new);
                    }
                },
                response);
    }
}
