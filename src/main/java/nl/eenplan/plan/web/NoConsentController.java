package nl.eenplan.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * C-1: the page a professional of the team gets instead of any plan page while the plan may not be
 * shared with him. {@link ConsentMissingPages} forwards here from every plan page, whatever its method,
 * so the address he asked for stays; once consent is there, this address leads to the plan.
 */
@Controller
class NoConsentController {

    private final PlanPage page;
    private final NoConsentPage noConsent;

    NoConsentController(PlanPage page, NoConsentPage noConsent) {
        this.page = page;
        this.noConsent = noConsent;
    }

    @RequestMapping("/households/{householdId}/plan/no-consent")
    String noConsent(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            HttpServletResponse response) {
        var viewer = page.viewer(householdId, me);
        if (viewer.seesPlan()) {
            return "redirect:/households/" + householdId + "/plan";
        }
        return noConsent.show(householdId, viewer, model, response);
    }
}
