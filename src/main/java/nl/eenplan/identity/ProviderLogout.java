package nl.eenplan.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * Logging out of EenPlan after a login through the provider ends the session at the provider too
 * (OpenID Connect RP-initiated logout), which sends the browser back to EenPlan's login page.
 * After a password login, or when the provider cannot be reached, only EenPlan's session ends.
 */
class ProviderLogout implements LogoutHandler, LogoutSuccessHandler {

    private static final String REQUEST_ATTRIBUTE = ProviderLogout.class.getName();
    private static final String LOGGED_OUT = "/login?logout";

    private final OidcClientInitiatedLogoutSuccessHandler atProvider;
    private final SimpleUrlLogoutSuccessHandler here = new SimpleUrlLogoutSuccessHandler();

    ProviderLogout(ClientRegistrationRepository registrations) {
        this.atProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        this.atProvider.setPostLogoutRedirectUri("{baseUrl}" + LOGGED_OUT);
        this.atProvider.setDefaultTargetUrl(LOGGED_OUT);
        this.here.setDefaultTargetUrl(LOGGED_OUT);
    }

    /** Runs before the session is invalidated: keeps what the provider needs for this request. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        var session = request.getSession(false);
        if (session != null
                && session.getAttribute(ProviderLoginSuccess.SESSION_ATTRIBUTE)
                        instanceof ProviderLoginSuccess.ProviderSession provider) {
            request.setAttribute(REQUEST_ATTRIBUTE, provider);
        }
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof ProviderLoginSuccess.ProviderSession provider) {
            var idToken = new OidcIdToken(provider.idToken(), null, null, Map.of("sub", provider.subject()));
            var user = new DefaultOidcUser(List.of(), idToken);
            atProvider.onLogoutSuccess(
                    request, response, new OAuth2AuthenticationToken(user, List.of(), provider.registrationId()));
        } else {
            here.onLogoutSuccess(request, response, authentication);
        }
    }
}
