package nl.eenplan.participation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.household.MemberChangedMeanwhile;
import nl.eenplan.household.MemberRefused;
import nl.eenplan.household.Members;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.HouseholdUpkeep;
import nl.eenplan.participation.TeamNotFound;
import nl.eenplan.participation.TeamViewer;
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
 * Changing the household's members (H-1, X-6): adding one later, the birth of the expected child, and
 * correcting a mistake. Only those who keep the household get these pages; a stale form changes nothing
 * and is shown again with the member as he is now (409).
 */
@Controller
@RequestMapping("/households/{householdId}/household/members")
class MemberFormsController {

    private final TeamViewers viewers;
    private final HouseholdUpkeep upkeep;
    private final HouseholdRegister households;
    private final Members members;
    private final Clock clock;

    MemberFormsController(
            TeamViewers viewers, HouseholdUpkeep upkeep, HouseholdRegister households, Members members, Clock clock) {
        this.viewers = viewers;
        this.upkeep = upkeep;
        this.households = households;
        this.members = members;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newMember(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID householdId, Model model) {
        keeper(householdId, principal);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", MemberRow.empty());
        }
        model.addAttribute("householdId", householdId);
        return "participation/member-new";
    }

    @PostMapping("/new")
    String add(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @Valid @ModelAttribute("form") MemberRow form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var viewer = keeper(householdId, principal);
        HouseholdForm.checkRow(errors, "", form, DutchTime.today(clock));
        if (errors.hasErrors()) {
            return newMember(principal, householdId, model);
        }
        upkeep.addMember(householdId, viewer, form.toNewMember());
        flash.addFlashAttribute("notice", "household.memberAdded");
        return "redirect:/households/" + householdId + "/household";
    }

    @GetMapping("/{memberId}/birth")
    String birthForm(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID memberId,
            Model model) {
        var viewer = keeper(householdId, principal);
        if (!member(householdId, memberId).unborn()) {
            throw new TeamNotFound();
        }
        var expected = upkeep.toCorrect(householdId, viewer, memberId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BirthForm.of(expected, version(householdId, memberId)));
        }
        model.addAttribute("householdId", householdId);
        model.addAttribute("member", expected);
        return "participation/member-birth";
    }

    @PostMapping("/{memberId}/birth")
    String recordBirth(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID memberId,
            @Valid @ModelAttribute("form") BirthForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = keeper(householdId, principal);
        form.check(errors, DutchTime.today(clock));
        if (errors.hasErrors()) {
            return birthForm(principal, householdId, memberId, model);
        }
        try {
            upkeep.recordBirth(
                    householdId, viewer, memberId, form.givenName(), form.familyName(), form.born(), form.version());
        } catch (MemberChangedMeanwhile e) {
            // The birth may have been recorded meanwhile: the household's page shows how it is now.
            return stale(model, response, () -> {
                model.addAttribute("overview", upkeep.overview(householdId, viewer));
                return "participation/household";
            });
        } catch (MemberRefused e) {
            errors.reject(e.reason());
            return birthForm(principal, householdId, memberId, model);
        }
        flash.addFlashAttribute("notice", "household.born");
        return "redirect:/households/" + householdId + "/household";
    }

    @GetMapping("/{memberId}/rectification")
    String rectificationForm(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID memberId,
            Model model) {
        var member = upkeep.toCorrect(householdId, keeper(householdId, principal), memberId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RectificationForm.of(member, version(householdId, memberId)));
        }
        model.addAttribute("householdId", householdId);
        model.addAttribute("member", member);
        return "participation/member-rectification";
    }

    @PostMapping("/{memberId}/rectification")
    String rectify(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID memberId,
            @Valid @ModelAttribute("form") RectificationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = keeper(householdId, principal);
        form.check(errors, member(householdId, memberId).unborn(), DutchTime.today(clock));
        if (errors.hasErrors()) {
            return rectificationForm(principal, householdId, memberId, model);
        }
        try {
            upkeep.rectify(householdId, viewer, memberId, form.toRectification(), form.version());
        } catch (MemberChangedMeanwhile e) {
            return stale(model, response, () -> rectificationForm(principal, householdId, memberId, model));
        } catch (MemberRefused e) {
            errors.reject(e.reason());
            return rectificationForm(principal, householdId, memberId, model);
        }
        flash.addFlashAttribute("notice", "household.rectified");
        return "redirect:/households/" + householdId + "/household";
    }

    /** Someone else changed the member meanwhile: show him as he is now, change nothing (409). */
    private static String stale(Model model, HttpServletResponse response, java.util.function.Supplier<String> page) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.asMap().remove("form");
        model.asMap().keySet().removeIf(key -> key.startsWith(BindingResult.MODEL_KEY_PREFIX));
        model.addAttribute("stale", true);
        return page.get();
    }

    private TeamViewer keeper(UUID householdId, AccountPrincipal principal) {
        var viewer = viewers.viewer(householdId, principal.id()).editing(householdId);
        if (!upkeep.keeps(householdId, viewer)) {
            throw new TeamNotFound();
        }
        return viewer;
    }

    private Member member(UUID householdId, UUID memberId) {
        return households.members(householdId).stream()
                .filter(m -> m.id().equals(memberId))
                .findFirst()
                .orElseThrow(TeamNotFound::new);
    }

    private int version(UUID householdId, UUID memberId) {
        return members.versions(householdId).getOrDefault(memberId, 0);
    }
}
