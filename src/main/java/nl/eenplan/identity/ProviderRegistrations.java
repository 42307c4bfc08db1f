package nl.eenplan.identity;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The provider's registration, read from its discovery document only when someone first logs in
 * with it, not at startup: EenPlan starts, and its own accounts log in, while the provider is down.
 * A failed read is tried again at the next login; a successful one is kept.
 */
class ProviderRegistrations implements ClientRegistrationRepository {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderRegistrations.class);

    private final OidcProvider provider;
    private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

    ProviderRegistrations(OidcProvider provider) {
        this.provider = provider;
    }

    /** The registration, or null while the provider cannot be reached (Spring Security then refuses). */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!OidcProvider.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        var known = registration.get();
        if (known != null) {
            return known;
        }
        try {
            var read = ClientRegistrations.fromIssuerLocation(provider.issuer())
                    .registrationId(OidcProvider.REGISTRATION_ID)
                    .clientId(provider.clientId())
                    .clientSecret(provider.clientSecret())
                    .clientAuthenticationMethod(
                            provider.clientSecret().isEmpty()
                                    ? ClientAuthenticationMethod.NONE
                                    : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile", "email")
                    .build();
            registration.compareAndSet(null, read);
            return registration.get();
        } catch (RuntimeException e) {
            LOG.warn("The identity provider at {} cannot be reached: {}", provider.issuer(), e.getMessage());
            return null;
        }
    }
}
