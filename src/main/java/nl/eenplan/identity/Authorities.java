package nl.eenplan.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** The authorities of a fully logged-in account; a half-logged-in one only has {@link #PENDING}. */
@Component
class Authorities {

    static final String PENDING = "SECOND_FACTOR_PENDING";
    static final String USER = "ROLE_USER";

    private final ObjectProvider<StaffAuthorities> contributors;

    /** The contributors, found once (asked on every request; they are singletons). */
    private volatile List<StaffAuthorities> found;

    Authorities(ObjectProvider<StaffAuthorities> contributors) {
        this.contributors = contributors;
    }

    List<GrantedAuthority> of(AccountPrincipal principal) {
        var result = new ArrayList<GrantedAuthority>();
        result.add(new SimpleGrantedAuthority(USER));
        result.add(new SimpleGrantedAuthority("ROLE_" + principal.kind().name()));
        for (var contributor : contributors()) {
            contributor.of(principal.id()).forEach(role -> result.add(new SimpleGrantedAuthority(role)));
        }
        return result;
    }

    private List<StaffAuthorities> contributors() {
        var known = found;
        if (known == null) {
            known = contributors.orderedStream().toList();
            found = known;
        }
        return known;
    }

    static boolean isPending(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> PENDING.equals(a.getAuthority()));
    }

    static List<GrantedAuthority> pending() {
        return List.of(new SimpleGrantedAuthority(PENDING));
    }
}
