package nl.eenplan.participation.web;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.EmailAddressTaken;
import nl.eenplan.participation.ParentalAuthorities;
import nl.eenplan.participation.ParticipantUpkeep;
import nl.eenplan.participation.TeamRefused;
import nl.eenplan.participation.TeamViewers;
import nl.eenplan.participation.TeamWork;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team around a household (H-2): who takes part, who gets a copy (H-3), invitations, authority
 * (C-1). A professional without consent reads it, but changes nothing; a network member sees who
 * coordinates and himself.
 */
@Controller
@RequestMapping("/households/{householdId}/team")
class TeamController {

    private final TeamViewers viewers;
    private final TeamWork teamWork;
    private final ParentalAuthorities authorities;
    private final ParticipantUpkeep upkeep;

    TeamController(TeamViewers viewers, TeamWork teamWork, ParentalAuthorities authorities, ParticipantUpkeep upkeep) {
        this.viewers = viewers;
        this.teamWork = teamWork;
        this.authorities = authorities;
        this.upkeep = upkeep;
    }

    @GetMapping
    String team(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID householdId, Model model) {
        var viewer = viewers.viewer(householdId, principal.id());
        if (!model.containsAttribute("inviteForm")) {
            model.addAttribute("inviteForm", InviteParticipantForm.empty());
        }
        model.addAttribute("overview", teamWork.overview(householdId, viewer));
        model.addAttribute("mayEdit", viewer.mayEdit());
        // C-1: a professional without consent reads the team, records parental authority and consent.
        model.addAttribute("noConsent", !viewer.seesPlan());
        model.addAttribute(
                "consentLink",
                viewer.mayEdit() || (!viewer.seesPlan() && viewer.participant().active()));
        model.addAttribute("days", DayOfWeek.values());
        // H-2, H-3, R-7: what changed in the team, part of this page's one logged read.
        model.addAttribute("teamHistory", upkeep.history(householdId, viewer));
        model.addAttribute("householdLink", viewer.seesWholeTeam() && viewer.seesPlan());
        return "participation/team";
    }

    @PostMapping("/copies")
    String chooseCopyRecipients(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @RequestParam(name = "receiving", required = false) List<UUID> receiving,
            RedirectAttributes flash) {
        var viewer = viewers.viewer(householdId, principal.id());
        // An empty box in the form arrives as an empty value: it chooses nobody.
        var chosen = receiving == null
                ? Set.<UUID>of()
                : receiving.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        teamWork.chooseCopyRecipients(householdId, viewer, chosen);
        flash.addFlashAttribute("notice", "team.copies.saved");
        return "redirect:/households/" + householdId + "/team";
    }

    @PostMapping("/invitations")
    String invite(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @Valid @ModelAttribute("inviteForm") InviteParticipantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var viewer = viewers.viewer(householdId, principal.id()).editing(householdId);
        if (errors.hasErrors()) {
            return team(principal, householdId, model);
        }
        try {
            var outcome = teamWork.invite(householdId, viewer, form.participantId(), form.email());
            flash.addFlashAttribute(
                    "notice", outcome == TeamWork.Invitation.SENT ? "team.invite.sent" : "team.invite.linked");
            return "redirect:/households/" + householdId + "/team";
        } catch (TeamRefused e) {
            errors.rejectValue(
                    e.reason().equals("team.invite.participantRequired") ? "participantId" : "email", e.reason());
        } catch (EmailAddressTaken e) {
            errors.rejectValue("email", "team.invite.accountInTeam");
        }
        return team(principal, householdId, model);
    }

    @PostMapping("/authority/{childId}")
    String recordParentalAuthority(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID childId,
            @RequestParam(name = "holders", required = false) List<UUID> holders,
            Model model,
            RedirectAttributes flash) {
        var viewer = viewers.viewer(householdId, principal.id());
        try {
            authorities.record(householdId, viewer, childId, holders == null ? Set.of() : Set.copyOf(holders));
        } catch (TeamRefused e) {
            model.addAttribute("authorityError", e.reason());
            model.addAttribute("authorityChild", childId);
            return team(principal, householdId, model);
        }
        flash.addFlashAttribute("notice", "team.authority.saved");
        return "redirect:/households/" + householdId + "/team";
    }
}
