package nl.eenplan.identity;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Reads who the provider vouches for (ID token and user info) and matches them to an account;
 * a refusal ends the login before any session holds it.
 */
class ProviderUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a refusal; its description names the {@link ProviderLoginRefused.Reason}. */
    static final String REFUSED = "eenplan_refused";

    private final OidcUserService provider = new OidcUserService();
    private final ProviderLogin login;

    ProviderUserService(ProviderLogin login) {
        this.login = login;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = provider.loadUser(request);
        try {
            var match = login.match(
                    user.getClaimAsString(StandardClaimNames.EMAIL),
                    user.getClaimAsBoolean(StandardClaimNames.EMAIL_VERIFIED));
            return new ProviderUser(user, match.principal(), match.pending(), match.granted());
        } catch (ProviderLoginRefused e) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(REFUSED, e.reason().name(), null));
        }
    }
}
