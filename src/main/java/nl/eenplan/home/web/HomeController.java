package nl.eenplan.home.web;

import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
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
    String home(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        model.addAttribute("memberships", organisations.membershipsOf(principal.id()));
        return "home/home";
    }
}
