package nl.eenplan.escalation.web;

import java.util.UUID;
import nl.eenplan.consent.ConsentCoverage;
import nl.eenplan.escalation.EscalationRefused;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A household's stagnation and escalations (G-4, E-1): the coordinator's prompts, signalling a
 * stagnation, and the escalations each person may see.
 */
@Controller
@RequestMapping("/households/{householdId}/escalations")
class HouseholdEscalationsController {

    private final EscalationPage page;
    private final StagnationSignals signals;
    private final ConsentCoverage coverage;

    HouseholdEscalationsController(EscalationPage page, StagnationSignals signals, ConsentCoverage coverage) {
        this.page = page;
        this.signals = signals;
        this.coverage = coverage;
    }

    @GetMapping
    String show(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "action", required = false) UUID about,
            Model model) {
        return page.household(householdId, me, about, model);
    }

    /** G-4: signals a stagnation; about a professional the ladder starts at step 1 (E-1). */
    @PostMapping
    String signal(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("signalForm") StagnationForm form,
            Model model,
            RedirectAttributes flash) {
        UUID escalationId;
        try {
            var signal = form.toSignal();
            escalationId = signals.signal(householdId, me.id(), signal, signals.today());
            // C-1: escalating against a professional no consent covers: a warning, not a refusal.
            flash.addFlashAttribute(
                    "consentWarnings", coverage.warnings(householdId, java.util.List.of(signal.participantId())));
        } catch (EscalationRefused e) {
            EscalationPage.reject(model, fieldOf(e.reason()), e.reason());
            return page.household(householdId, me, null, model);
        }
        if (escalationId == null) {
            flash.addFlashAttribute("notice", "escalation.signal.recorded");
            return "redirect:/households/" + householdId + "/escalations";
        }
        flash.addFlashAttribute("notice", "escalation.signal.started");
        return "redirect:/households/" + householdId + "/escalations/" + escalationId;
    }

    private static String fieldOf(String reason) {
        return switch (reason) {
            case "escalation.signal.followUpRequired" -> "signal-followUp";
            default -> "signal-agreement";
        };
    }
}
