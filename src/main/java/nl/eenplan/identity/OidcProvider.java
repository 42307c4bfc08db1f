package nl.eenplan.identity;

import java.net.URI;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The municipality's identity provider (OpenID Connect) people may log in with beside their
 * EenPlan password, set only by {@code EENPLAN_OIDC_ISSUER}, {@code EENPLAN_OIDC_CLIENT_ID},
 * {@code EENPLAN_OIDC_CLIENT_SECRET} and optionally {@code EENPLAN_OIDC_NAME} (docs/adr/0029).
 * Without an issuer and a client id there is no such login, and nothing else changes.
 */
@Component
public class OidcProvider {

    /** The registration id, in the provider's redirect URI {@code /login/oauth2/code/oidc}. */
    static final String REGISTRATION_ID = "oidc";

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String name;

    OidcProvider(
            @Value("${eenplan.oidc.issuer:}") String issuer,
            @Value("${eenplan.oidc.client-id:}") String clientId,
            @Value("${eenplan.oidc.client-secret:}") String clientSecret,
            @Value("${eenplan.oidc.name:}") String name) {
        this.issuer = issuer.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret.strip();
        this.name = name.strip();
    }

    /** Whether people can log in through the provider at all. */
    public boolean configured() {
        return !issuer.isEmpty() && !clientId.isEmpty();
    }

    /** The provider's name on the login button, if one was given; else the page's own words. */
    public Optional<String> name() {
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** Where the login button leads: Spring Security sends the browser on to the provider. */
    public String loginPath() {
        return "/oauth2/authorization/" + REGISTRATION_ID;
    }

    String issuer() {
        return issuer;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    /** The provider's origin, which the logout form may be sent on to (Content-Security-Policy). */
    String origin() {
        var uri = URI.create(issuer);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
