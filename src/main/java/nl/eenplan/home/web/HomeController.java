package nl.eenplan.home.web;

import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final OrganisationDirectory organisations;

    HomeController(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal principal, Authentication authentication, Model model) {
        model.addAttribute("memberships", organisations.membershipsOf(principal.id()));
        model.addAttribute(
                "staff", authentication.getAuthorities().stream().anyMatch(a -> "ROLE_STAFF".equals(a.getAuthority())));
        return "home/home";
    }
}
