package nl.eenplan.participation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.ComplexityCriterion;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.CoordinationIntensities;
import nl.eenplan.participation.CoordinationWork;
import nl.eenplan.participation.CoordinatorRefused;
import nl.eenplan.participation.IntensiveFunding;
import nl.eenplan.participation.StaleCoordination;
import nl.eenplan.participation.TeamViewer;
import nl.eenplan.participation.TeamViewers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who coordinates a household's plan (R): everyone in the team sees it; editors decide and hand over. */
@Controller
@RequestMapping("/households/{householdId}/coordination")
class CoordinationController {

    private static final String ACCESS_TEAM = "ROLE_ACCESS_TEAM_MEMBER";

    private final TeamViewers viewers;
    private final CoordinationWork coordination;
    private final CoordinationIntensities intensities;

    CoordinationController(TeamViewers viewers, CoordinationWork coordination, CoordinationIntensities intensities) {
        this.viewers = viewers;
        this.coordination = coordination;
        this.intensities = intensities;
    }

    @GetMapping
    String show(
            @AuthenticationPrincipal AccountPrincipal principal,
            Authentication authentication,
            @PathVariable UUID householdId,
            Model model) {
        var viewer = viewers.viewer(householdId, principal.id());
        var overview = coordination.overview(householdId, viewer);
        if (!model.containsAttribute("choice")) {
            model.addAttribute("choice", ChoiceForm.of(overview.state()));
        }
        if (!model.containsAttribute("handover")) {
            model.addAttribute("handover", HandoverForm.of(overview.state().version()));
        }
        var accessTeam = accessTeam(authentication);
        if (overview.showsHistory()) {
            // read with the page's own logged read of coordination.
            var intensity = intensities.of(householdId);
            model.addAttribute("intensityNow", intensity);
            model.addAttribute("coordinatorTrained", intensities.coordinatorTrained(householdId));
            model.addAttribute("mayDecideIntensity", intensities.mayDecide(householdId, viewer));
            model.addAttribute("fundings", IntensiveFunding.values());
            if (!model.containsAttribute("intensity")) {
                model.addAttribute("intensity", IntensityForm.of(intensity));
            }
        }
        model.addAttribute("householdId", householdId);
        model.addAttribute("overview", overview);
        model.addAttribute("mayEdit", viewer.mayEdit());
        model.addAttribute("forms", CoordinationForm.values());
        model.addAttribute("criteria", ComplexityCriterion.values());
        model.addAttribute(
                "chosenByOptions",
                Arrays.stream(ChosenBy.values())
                        .filter(c -> accessTeam || c != ChosenBy.ACCESS_TEAM)
                        .toList());
        return "participation/coordination";
    }

    @PostMapping
    String decide(
            @AuthenticationPrincipal AccountPrincipal principal,
            Authentication authentication,
            @PathVariable UUID householdId,
            @Valid @ModelAttribute("choice") ChoiceForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = editor(householdId, principal);
        if (errors.hasErrors()) {
            return show(principal, authentication, householdId, model);
        }
        try {
            coordination.decide(householdId, viewer, form.toChoice(), form.version(), accessTeam(authentication));
        } catch (CoordinatorRefused e) {
            errors.rejectValue(fieldOf(e.reason()), e.reason());
            return show(principal, authentication, householdId, model);
        } catch (StaleCoordination e) {
            return stale(principal, authentication, householdId, model, response);
        }
        flash.addFlashAttribute("notice", "coordination.saved");
        return "redirect:/households/" + householdId + "/coordination";
    }

    @PostMapping("/handover")
    String handOver(
            @AuthenticationPrincipal AccountPrincipal principal,
            Authentication authentication,
            @PathVariable UUID householdId,
            @Valid @ModelAttribute("handover") HandoverForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = editor(householdId, principal);
        if (errors.hasErrors()) {
            return show(principal, authentication, householdId, model);
        }
        try {
            coordination.handOver(householdId, viewer, form.successorId(), form.cleanNote(), form.version());
        } catch (CoordinatorRefused e) {
            errors.rejectValue("successorId", e.reason());
            return show(principal, authentication, householdId, model);
        } catch (StaleCoordination e) {
            return stale(principal, authentication, householdId, model, response);
        }
        flash.addFlashAttribute("notice", "coordination.handedOver");
        return "redirect:/households/" + householdId + "/coordination";
    }

    /** Someone else changed coordination meanwhile: show how it is now, change nothing. */
    private String stale(
            AccountPrincipal principal,
            Authentication authentication,
            UUID householdId,
            Model model,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.asMap().remove("choice");
        model.asMap().remove("handover");
        model.asMap().keySet().removeIf(key -> key.startsWith(BindingResult.MODEL_KEY_PREFIX));
        model.addAttribute("stale", true);
        return show(principal, authentication, householdId, model);
    }

    private TeamViewer editor(UUID householdId, AccountPrincipal principal) {
        return viewers.viewer(householdId, principal.id()).editing(householdId);
    }

    /** Puts the reason of a refusal next to the field it is about. */
    private static String fieldOf(String reason) {
        return switch (reason) {
            case "coordination.refused.processNeedsProfessional", "coordination.refused.enforcingProcess" ->
                "processCoordinatorId";
            case "coordination.refused.untrainedForIntensive" -> "coordinatorId";
            case "coordination.refused.disputedNeedsAccessTeam", "coordination.refused.onlyAccessTeam" -> "chosenBy";
            default -> "coordinatorId";
        };
    }

    private static boolean accessTeam(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> ACCESS_TEAM.equals(a.getAuthority()));
    }
}
