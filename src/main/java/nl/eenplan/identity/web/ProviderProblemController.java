package nl.eenplan.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Explains in words why a login through the identity provider did not succeed: EenPlan refused it
 * (no verified e-mail address, no account or invitation, a deactivated account), the person stopped,
 * or the provider could not be reached. Nothing was created, and no session holds the person.
 */
@Controller
class ProviderProblemController {

    private static final Set<String> REASONS =
            Set.of("unverified", "no-email", "no-account", "deactivated", "cancelled", "unavailable");

    @GetMapping("/login/provider")
    String problem(@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        var known = reason != null && REASONS.contains(reason) ? reason : "unavailable";
        model.addAttribute("reason", known);
        response.setStatus(
                "unavailable".equals(known) ? HttpStatus.SERVICE_UNAVAILABLE.value() : HttpStatus.FORBIDDEN.value());
        return "identity/provider-problem";
    }
}
