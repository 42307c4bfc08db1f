package nl.eenplan.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.plan.PlanRefused;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * C-4, PL-9, PL-10: the household reads the whole plan as it stands in plain words, can print it, and agrees
 * to it there before it is established; a foster parent agrees to the part about his role.
 */
@Controller
@RequestMapping("/households/{householdId}/plan/read")
class ReadingController {

    private final PlanPage page;
    private final ReadingPage reading;
    private final NoConsentPage noConsent;
    private final PlanEstablishing establishing;

    ReadingController(PlanPage page, ReadingPage reading, NoConsentPage noConsent, PlanEstablishing establishing) {
        this.page = page;
        this.reading = reading;
        this.noConsent = noConsent;
        this.establishing = establishing;
    }

    /** C-1: a professional without consent for every member gets the no-consent page instead. */
    @GetMapping
    String show(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            HttpServletResponse response) {
        var viewer = page.viewer(householdId, me);
        if (!viewer.seesPlan()) {
            return noConsent.show(householdId, viewer, model, response);
        }
        return reading.show(householdId, viewer, model);
    }

    /** PL-9: "I agree" to the plan as it stands, the same agreement as on tab 2. */
    @PostMapping("/agree")
    String agree(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        if (version == null) {
            return changedMeanwhile(householdId, viewer, model, response);
        }
        try {
            establishing.agree(householdId, viewer, version);
        } catch (PlanRefused e) {
            PlanPage.reject(model, "agree", e.reason());
            return reading.show(householdId, viewer, model);
        } catch (PlanChangedMeanwhile e) {
            return changedMeanwhile(householdId, viewer, model, response);
        }
        flash.addFlashAttribute("notice", "plan.page.agreed");
        return "redirect:/households/" + householdId + "/plan/read#akkoord";
    }

    /** Someone changed the plan meanwhile: nothing was stored; the plan as it is now, to read again. */
    private String changedMeanwhile(UUID householdId, Viewer viewer, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("conflict", "plan.read.changedMeanwhile");
        return reading.show(householdId, viewer, model);
    }
}
