package nl.eenplan.participation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.participation.CoordinatorRefused;
import nl.eenplan.participation.Leaving;
import nl.eenplan.participation.ParticipantChangedMeanwhile;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.ParticipantUpkeep;
import nl.eenplan.participation.StaleCoordination;
import nl.eenplan.participation.TeamRefused;
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
 * One participant of the team (H-2, H-3, R-7): editing his details, switching between taking part and
 * receiving a copy only, and letting him leave. A stale form changes nothing and is shown again (409).
 */
@Controller
@RequestMapping("/households/{householdId}/team/{participantId}")
class TeamMemberController {

    private final TeamViewers viewers;
    private final ParticipantUpkeep upkeep;
    private final Leaving leaving;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    TeamMemberController(
            TeamViewers viewers,
            ParticipantUpkeep upkeep,
            Leaving leaving,
            OrganisationDirectory organisations,
            Clock clock) {
        this.viewers = viewers;
        this.upkeep = upkeep;
        this.leaving = leaving;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/edit")
    String editForm(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID participantId,
            Model model) {
        var viewer = editor(householdId, principal);
        var participant = upkeep.toEdit(householdId, viewer, participantId);
        var version = upkeep.versions(householdId).getOrDefault(participantId, 0);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ParticipantEditForm.of(participant, version));
        }
        if (!model.containsAttribute("switchForm")) {
            model.addAttribute("switchForm", new SwitchForm(version, !participant.active()));
        }
        model.addAttribute("householdId", householdId);
        model.addAttribute("participant", participant);
        model.addAttribute("mayLeave", participant.kind() != ParticipantKind.HOUSEHOLD_MEMBER);
        model.addAttribute(
                "maySwitch",
                participant.kind() != ParticipantKind.HOUSEHOLD_MEMBER && upkeep.decidesCopies(householdId, viewer));
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("days", DayOfWeek.values());
        return "participation/participant-edit";
    }

    @PostMapping("/edit")
    String edit(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID participantId,
            @Valid @ModelAttribute("form") ParticipantEditForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = editor(householdId, principal);
        if (errors.hasErrors()) {
            return editForm(principal, householdId, participantId, model);
        }
        try {
            upkeep.edit(householdId, viewer, participantId, form.toDetails(), form.version());
        } catch (TeamRefused e) {
            if (e.reason().equals("participant.organisation.required")) {
                errors.rejectValue("organisationId", e.reason());
            } else {
                errors.reject(e.reason());
            }
            return editForm(principal, householdId, participantId, model);
        } catch (ParticipantChangedMeanwhile e) {
            stale(model, response);
            return editForm(principal, householdId, participantId, model);
        }
        flash.addFlashAttribute("notice", "team.edit.saved");
        return "redirect:/households/" + householdId + "/team";
    }

    @PostMapping("/participation")
    String switchParticipation(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID participantId,
            @Valid @ModelAttribute("switchForm") SwitchForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = editor(householdId, principal);
        if (errors.hasErrors()) {
            return editForm(principal, householdId, participantId, model);
        }
        try {
            upkeep.switchTo(householdId, viewer, participantId, form.active(), form.version());
        } catch (TeamRefused e) {
            model.addAttribute("switchError", e.reason());
            return editForm(principal, householdId, participantId, model);
        } catch (ParticipantChangedMeanwhile e) {
            stale(model, response);
            return editForm(principal, householdId, participantId, model);
        }
        flash.addFlashAttribute("notice", form.active() ? "team.switch.madeActive" : "team.switch.madeCopyOnly");
        return "redirect:/households/" + householdId + "/team";
    }

    @GetMapping("/leave")
    String leaveForm(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID participantId,
            Model model) {
        var viewer = editor(householdId, principal);
        var choice = leaving.choice(householdId, viewer, participantId);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form", LeaveForm.of(choice.version(), choice.coordinationVersion(), DutchTime.today(clock)));
        }
        model.addAttribute("householdId", householdId);
        model.addAttribute("choice", choice);
        return "participation/participant-leave";
    }

    @PostMapping("/leave")
    String leave(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID participantId,
            @Valid @ModelAttribute("form") LeaveForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = editor(householdId, principal);
        var choice = leaving.choice(householdId, viewer, participantId);
        form.check(errors, choice.coordinator());
        if (errors.hasErrors()) {
            return leaveForm(principal, householdId, participantId, model);
        }
        try {
            leaving.leaveTeam(householdId, viewer, participantId, form.toDeparture());
        } catch (TeamRefused e) {
            switch (e.reason()) {
                case "team.leave.endDate" -> errors.rejectValue("endedOn", e.reason());
                case "team.leave.handoverFirst" -> errors.rejectValue("successorId", e.reason());
                default -> errors.reject(e.reason());
            }
            return leaveForm(principal, householdId, participantId, model);
        } catch (CoordinatorRefused e) {
            errors.rejectValue("successorId", e.reason());
            return leaveForm(principal, householdId, participantId, model);
        } catch (ParticipantChangedMeanwhile | StaleCoordination e) {
            stale(model, response);
            return leaveForm(principal, householdId, participantId, model);
        }
        flash.addFlashAttribute("notice", "team.leave.done");
        // Who let himself leave no longer sees the team.
        return choice.participant().id().equals(viewer.participant().id())
                ? "redirect:/my-work"
                : "redirect:/households/" + householdId + "/team";
    }

    /** Someone else changed the participant or coordination meanwhile: show how it is now (409). */
    private static void stale(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.asMap().remove("form");
        model.asMap().remove("switchForm");
        model.asMap().keySet().removeIf(key -> key.startsWith(BindingResult.MODEL_KEY_PREFIX));
        model.addAttribute("stale", true);
    }

    private TeamViewer editor(UUID householdId, AccountPrincipal principal) {
        return viewers.viewer(householdId, principal.id()).editing(householdId);
    }
}
