package nl.eenplan.identity;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Adds the login through the identity provider (authorization code with PKCE) to the web's filter
 * chain, and its logout, when a provider is configured; otherwise adds nothing.
 */
@Component
class ProviderLoginSetup {

    private final OidcProvider provider;
    private final ProviderLogin login;
    private final SecurityContextRepository contexts;

    ProviderLoginSetup(OidcProvider provider, ProviderLogin login, SecurityContextRepository contexts) {
        this.provider = provider;
        this.login = login;
        this.contexts = contexts;
    }

    void applyTo(HttpSecurity http) throws Exception {
        if (!provider.configured()) {
            return;
        }
        var registrations = new ProviderRegistrations(provider);
        var requests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var failure = new ProviderLoginFailure();
        var logout = new ProviderLogout(registrations);
        http.oauth2Login(oauth -> oauth.loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new ProviderUserService(login)))
                        .successHandler(new ProviderLoginSuccess(contexts))
                        .failureHandler(failure)
                        // The provider not answering when the button is pressed: a page, not a 500.
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                            @Override
                            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(failure);
                                return filter;
                            }
                        }))
                .logout(out -> out.addLogoutHandler(logout).logoutSuccessHandler(logout));
    }

    /**
     * The Content-Security-Policy's {@code form-action}: the logout form's answer leads on to the
     * provider, which the browser allows only if the policy names it.
     */
    String formAction() {
        return provider.configured() ? "'self' " + provider.origin() : "'self'";
    }
}
