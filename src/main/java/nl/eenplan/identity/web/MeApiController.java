package nl.eenplan.identity.web;

import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API token belongs to and what it may do. */
@RestController
class MeApiController {

    @GetMapping("/api/v1/me")
    Me me(Authentication authentication) {
        var principal = (AccountPrincipal) authentication.getPrincipal();
        var scopes = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("SCOPE_"))
                .map(a -> a.substring("SCOPE_".length()))
                .toList();
        return new Me(principal.id(), principal.email(), principal.displayName(), principal.kind(), scopes);
    }

    record Me(UUID id, String email, String displayName, AccountKind kind, List<String> scopes) {}
}
