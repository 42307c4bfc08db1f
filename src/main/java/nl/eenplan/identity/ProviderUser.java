package nl.eenplan.identity;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The provider's person, already matched to an EenPlan account; only for the moment between the
 * provider's answer and {@link ProviderLoginSuccess}, which puts the account's own principal in place.
 */
class ProviderUser extends DefaultOidcUser {

    private final AccountPrincipal account;
    private final boolean pending;

    ProviderUser(OidcUser user, AccountPrincipal account, boolean pending, List<GrantedAuthority> granted) {
        super(granted, user.getIdToken(), user.getUserInfo());
        this.account = account;
        this.pending = pending;
    }

    AccountPrincipal account() {
        return account;
    }

    boolean pending() {
        return pending;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
