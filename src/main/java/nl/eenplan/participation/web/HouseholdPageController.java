package nl.eenplan.participation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.household.MemberChangedMeanwhile;
import nl.eenplan.household.MemberRefused;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.HouseholdUpkeep;
import nl.eenplan.participation.TeamViewers;
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

/**
 * The household's own page (H-1, X-6): its members, where they live, and the history of every change;
 * a member moving out or in is recorded here. The household and the professionals who see the plan
 * read it; those who keep the household change it.
 */
@Controller
@RequestMapping("/households/{householdId}/household")
class HouseholdPageController {

    private final TeamViewers viewers;
    private final HouseholdUpkeep upkeep;

    HouseholdPageController(TeamViewers viewers, HouseholdUpkeep upkeep) {
        this.viewers = viewers;
        this.upkeep = upkeep;
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID householdId, Model model) {
        var viewer = viewers.viewer(householdId, principal.id());
        model.addAttribute("overview", upkeep.overview(householdId, viewer));
        return "participation/household";
    }

    @PostMapping("/members/{memberId}/address")
    String move(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID memberId,
            @Valid @ModelAttribute("form") MoveForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = viewers.viewer(householdId, principal.id()).editing(householdId);
        if (errors.hasErrors()) {
            return refused(principal, householdId, memberId, "household.move.choose", model);
        }
        try {
            upkeep.recordAddress(householdId, viewer, memberId, form.livesAtAddress(), form.version());
        } catch (MemberRefused e) {
            return refused(principal, householdId, memberId, e.reason(), model);
        } catch (MemberChangedMeanwhile e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", true);
            return show(principal, householdId, model);
        }
        flash.addFlashAttribute("notice", form.livesAtAddress() ? "household.movedIn" : "household.movedOut");
        return "redirect:/households/" + householdId + "/household";
    }

    private String refused(AccountPrincipal principal, UUID householdId, UUID memberId, String reason, Model model) {
        model.addAttribute("moveError", reason);
        model.addAttribute("moveMember", memberId);
        return show(principal, householdId, model);
    }
}
