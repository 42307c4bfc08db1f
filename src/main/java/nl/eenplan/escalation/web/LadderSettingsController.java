package nl.eenplan.escalation.web;

import java.util.UUID;
import nl.eenplan.escalation.EscalationLadder;
import nl.eenplan.escalation.LadderSettings;
import nl.eenplan.escalation.StagnationPrompts;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * E-6, G-4: administrators record what a municipality agreed with its organisations about scaling
 * up: when EenPlan proposes stagnation, and the terms of the four steps; or go back to the method's.
 */
@Controller
@RequestMapping("/admin/organisations/{municipalityId}/escalation")
class LadderSettingsController {

    private final OrganisationDirectory organisations;
    private final LadderSettings settings;

    LadderSettingsController(OrganisationDirectory organisations, LadderSettings settings) {
        this.organisations = organisations;
        this.settings = settings;
    }

    @GetMapping
    String show(@PathVariable UUID municipalityId, Model model) {
        var municipality = municipality(municipalityId);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    LadderSettingsForm.of(settings.ladderOf(municipalityId), settings.promptsOf(municipalityId)));
        }
        model.addAttribute("municipality", municipality);
        model.addAttribute("ownSettings", settings.hasOwnSettings(municipalityId));
        model.addAttribute("method", EscalationLadder.standard());
        model.addAttribute("methodOverdue", StagnationPrompts.DEFAULT_OVERDUE_WORKING_DAYS);
        model.addAttribute("maxOverdue", LadderSettingsForm.MAX_OVERDUE_WORKING_DAYS);
        model.addAttribute("maxFirstTerm", LadderSettingsForm.MAX_FIRST_TERM_DAYS);
        model.addAttribute("maxCommitment", LadderSettingsForm.MAX_COMMITMENT_WORKING_DAYS);
        return "escalation/settings";
    }

    @PostMapping
    String save(
            @PathVariable UUID municipalityId,
            @ModelAttribute("form") LadderSettingsForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            RedirectAttributes flash) {
        municipality(municipalityId);
        var stored =
                LadderSettingsForm.fingerprint(settings.ladderOf(municipalityId), settings.promptsOf(municipalityId));
        if (!stored.equals(form.seen())) {
            flash.addFlashAttribute("conflict", "escalation.settings.changedMeanwhile");
            return redirect(municipalityId);
        }
        form.check(errors);
        if (errors.hasErrors()) {
            return show(municipalityId, model);
        }
        EscalationLadder ladder;
        StagnationPrompts prompts;
        try {
            ladder = form.ladder();
            prompts = form.prompts();
        } catch (IllegalArgumentException notALadder) {
            // The form's checks keep the ladder's own rules; should they ever differ, explain, never a 500.
            errors.reject("escalation.settings.invalid");
            return show(municipalityId, model);
        }
        settings.choose(municipalityId, me.id(), ladder, prompts);
        flash.addFlashAttribute("notice", "escalation.settings.saved");
        return redirect(municipalityId);
    }

    @PostMapping("/default")
    String restoreDefault(
            @PathVariable UUID municipalityId, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes flash) {
        municipality(municipalityId);
        settings.restoreDefault(municipalityId, me.id());
        flash.addFlashAttribute("notice", "escalation.settings.restored");
        return redirect(municipalityId);
    }

    private Organisation municipality(UUID id) {
        return organisations
                .find(id)
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String redirect(UUID municipalityId) {
        return "redirect:/admin/organisations/" + municipalityId + "/escalation";
    }
}
