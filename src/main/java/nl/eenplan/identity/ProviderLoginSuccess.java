package nl.eenplan.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After the provider's login: the session holds the same {@link AccountPrincipal} and roles as
 * after a password, and the ID token for logging out at the provider later. Who must use EenPlan's
 * second factor after a password must do so after the provider too (docs/adr/0029).
 */
class ProviderLoginSuccess implements AuthenticationSuccessHandler {

    /** The session attribute that remembers the provider's login until logout. */
    static final String SESSION_ATTRIBUTE = ProviderLoginSuccess.class.getName();

    /** What logging out at the provider needs; kept in the session, which lives in the database. */
    record ProviderSession(String registrationId, String idToken, String subject) implements Serializable {}

    private final SecurityContextRepository contexts;
    private final SavedRequestAwareAuthenticationSuccessHandler target =
            new SavedRequestAwareAuthenticationSuccessHandler();

    ProviderLoginSuccess(SecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (!(authentication instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof ProviderUser user)) {
            throw new IllegalStateException("a provider login without its account");
        }
        var account = UsernamePasswordAuthenticationToken.authenticated(user.account(), null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(account);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession()
                .setAttribute(
                        SESSION_ATTRIBUTE,
                        new ProviderSession(
                                token.getAuthorizedClientRegistrationId(),
                                user.getIdToken().getTokenValue(),
                                user.getSubject()));
        if (user.pending()) {
            response.sendRedirect(request.getContextPath() + "/login/second-factor");
        } else {
            target.onAuthenticationSuccess(request, response, account);
        }
    }
}
