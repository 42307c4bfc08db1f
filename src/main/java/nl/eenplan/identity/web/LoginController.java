package nl.eenplan.identity.web;

import nl.eenplan.identity.OidcProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page: e-mail address and password, and the identity provider's button if there is one. */
@Controller
class LoginController {

    private final OidcProvider provider;

    LoginController(OidcProvider provider) {
        this.provider = provider;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null
                && current.isAuthenticated()
                && current.getAuthorities().stream().anyMatch(a -> "ROLE_USER".equals(a.getAuthority()))) {
            return "redirect:/";
        }
        if ("locked".equals(error)) {
            model.addAttribute("loginError", "login.locked");
        } else if (error != null) {
            model.addAttribute("loginError", "login.failed");
        }
        if (provider.configured()) {
            model.addAttribute("provider", provider);
        }
        return "identity/login";
    }
}
