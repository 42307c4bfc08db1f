package nl.eenplan.participation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.CoordinationIntensities;
import nl.eenplan.participation.CoordinatorRefused;
import nl.eenplan.participation.StaleCoordination;
import nl.eenplan.participation.TeamViewers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * on the coordination page the access team of the household's municipality decides whether
 * coordination is intensive, with the agreed effort and its funding.
 */
@Controller
@RequestMapping("/households/{householdId}/coordination/intensity")
class IntensityController {

    private final CoordinationController page;
    private final TeamViewers viewers;
    private final CoordinationIntensities intensities;

    IntensityController(CoordinationController page, TeamViewers viewers, CoordinationIntensities intensities) {
        this.page = page;
        this.viewers = viewers;
        this.intensities = intensities;
    }

    @PostMapping
    String decide(
            @AuthenticationPrincipal AccountPrincipal principal,
            Authentication authentication,
            @PathVariable UUID householdId,
            @Valid @ModelAttribute("intensity") IntensityForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = viewers.viewer(householdId, principal.id()).editing(householdId);
        if (errors.hasErrors()) {
            return page.show(principal, authentication, householdId, model);
        }
        try {
            intensities.decide(householdId, viewer, form.toDecision(), form.version());
        } catch (CoordinatorRefused e) {
            errors.rejectValue(IntensityForm.fieldOf(e.reason()), e.reason());
            return page.show(principal, authentication, householdId, model);
        } catch (StaleCoordination e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.asMap().keySet().removeIf(key -> key.startsWith(BindingResult.MODEL_KEY_PREFIX));
            model.asMap().remove("intensity");
            model.addAttribute("stale", true);
            return page.show(principal, authentication, householdId, model);
        }
        flash.addFlashAttribute("notice", "intensive.saved");
        return "redirect:/households/" + householdId + "/coordination";
    }
}
