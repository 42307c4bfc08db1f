package nl.eenplan.consent.web;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.consent.ConsentOverviews;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.OverrideDecision;
import nl.eenplan.consent.SharingWithoutConsent;
import nl.eenplan.consent.SignalKind;
import nl.eenplan.consent.Signalling;
import nl.eenplan.identity.AccountPrincipal;
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

/** Concerns about a member, for the team's professionals only: sharing without consent (C-5) and signals (C-6). */
@Controller
@RequestMapping("/households/{householdId}/consents")
class ConcernsController {

    private final ConsentOverviews overviews;
    private final SharingWithoutConsent sharing;
    private final Signalling signalling;

    ConcernsController(ConsentOverviews overviews, SharingWithoutConsent sharing, Signalling signalling) {
        this.overviews = overviews;
        this.sharing = sharing;
        this.signalling = signalling;
    }

    @GetMapping("/overrides/new")
    String newOverride(
            @AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID householdId, Model model) {
        model.addAttribute("file", overviews.forProfessionals(householdId, principal.id()));
        if (!model.containsAttribute("overrideForm")) {
            model.addAttribute("overrideForm", OverrideForm.empty());
        }
        model.addAttribute("categories", InformationCategory.values());
        model.addAttribute("decisions", OverrideDecision.values());
        return "consent/override-new";
    }

    @PostMapping("/overrides")
    String recordOverride(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @Valid @ModelAttribute("overrideForm") OverrideForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return ConsentPage.record(
                errors,
                () -> newOverride(principal, householdId, model),
                () -> sharing.record(householdId, principal.id(), form.toNewOverride()),
                flash,
                "consent.override.recorded",
                "redirect:/households/" + householdId + "/consents#delen-zonder-toestemming");
    }

    @GetMapping("/signals/new")
    String newSignal(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID householdId, Model model) {
        var file = overviews.forProfessionals(householdId, principal.id());
        model.addAttribute("file", file);
        if (!model.containsAttribute("signalForm")) {
            model.addAttribute("signalForm", SignalForm.on(file.day()));
        }
        model.addAttribute("kinds", SignalKind.values());
        return "consent/signal-new";
    }

    @PostMapping("/signals")
    String recordSignal(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @Valid @ModelAttribute("signalForm") SignalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return ConsentPage.record(
                errors,
                () -> newSignal(principal, householdId, model),
                () -> signalling.record(householdId, principal.id(), form.toNewSignal()),
                flash,
                "consent.signal.recorded",
                "redirect:/households/" + householdId + "/consents#signalen");
    }
}
