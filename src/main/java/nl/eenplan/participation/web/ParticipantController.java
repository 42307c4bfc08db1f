package nl.eenplan.participation.web;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.participation.ConsentWarnings;
import nl.eenplan.participation.LegalRole;
import nl.eenplan.participation.TeamViewer;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a network member or a professional to the team (H-2). */
@Controller
@RequestMapping("/households/{householdId}/team/new")
class ParticipantController {

    private final TeamViewers viewers;
    private final TeamWork teamWork;
    private final OrganisationDirectory organisations;
    private final ConsentWarnings coverage;

    ParticipantController(
            TeamViewers viewers, TeamWork teamWork, OrganisationDirectory organisations, ConsentWarnings coverage) {
        this.viewers = viewers;
        this.teamWork = teamWork;
        this.organisations = organisations;
        this.coverage = coverage;
    }

    @GetMapping
    String form(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID householdId, Model model) {
        editor(householdId, principal);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ParticipantForm.empty());
        }
        model.addAttribute("householdId", householdId);
        model.addAttribute("kinds", ParticipantForm.KINDS);
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("legalRoles", LegalRole.values());
        return "participation/participant-new";
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @Valid @ModelAttribute("form") ParticipantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        var viewer = editor(householdId, principal);
        form.check(
                errors,
                form.organisationId() != null
                        && organisations.find(form.organisationId()).isPresent());
        if (errors.hasErrors()) {
            return form(principal, householdId, model);
        }
        var added = teamWork.add(householdId, viewer, form.toNewParticipant());
        flash.addFlashAttribute("notice", "participant.added");
        // C-1: a professional no consent covers is added, with a warning of what consent is missing.
        flash.addFlashAttribute(
                "consentWarnings", coverage.warning(added).stream().toList());
        return "redirect:/households/" + householdId + "/team";
    }

    /**
     * Network members and copy recipients do not change the team: for them this page does not exist;
     * a professional without consent is told so (C-1).
     */
    private TeamViewer editor(UUID householdId, AccountPrincipal principal) {
        return viewers.viewer(householdId, principal.id()).editing(householdId);
    }
}
