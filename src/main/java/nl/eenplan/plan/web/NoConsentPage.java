package nl.eenplan.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.plan.MissingConsent;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * C-1: instead of the plan, a professional without consent for every member reads for whom it is
 * missing and where to record it. Status 403: he takes part, so he is not told the plan does not
 * exist, but he may not see it. The page shows the household's name and who coordinates, as
 * the team page does, and nothing of the plan.
 */
@Component
class NoConsentPage {

    private final PlanPage page;
    private final MissingConsent missingConsent;

    NoConsentPage(PlanPage page, MissingConsent missingConsent) {
        this.page = page;
        this.missingConsent = missingConsent;
    }

    String show(UUID householdId, Viewer viewer, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        page.header(householdId, viewer, model);
        model.addAttribute("withoutConsent", String.join(", ", missingConsent.membersFor(householdId, viewer)));
        // Only active professionals record consent; one who receives a copy asks one of them.
        model.addAttribute("mayRecordConsent", viewer.participant().active());
        return "plan/plan-no-consent";
    }
}
