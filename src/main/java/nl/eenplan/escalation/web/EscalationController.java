package nl.eenplan.escalation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.eenplan.escalation.DeEscalation;
import nl.eenplan.escalation.EscalationProgress;
import nl.eenplan.escalation.StagnationSignals;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One escalation (E-1..E-5): its steps and terms for every party; the step's owner records the
 * outcome (and at step 3 the meeting); after no commitment it goes up one step; after a commitment,
 * or by the contact point at step 4, it goes back to the coordinator.
 */
@Controller
@RequestMapping("/households/{householdId}/escalations/{escalationId}")
class EscalationController {

    private final EscalationPage page;
    private final EscalationProgress progress;
    private final DeEscalation deEscalation;
    private final StagnationSignals signals;

    EscalationController(
            EscalationPage page, EscalationProgress progress, DeEscalation deEscalation, StagnationSignals signals) {
        this.page = page;
        this.progress = progress;
        this.deEscalation = deEscalation;
        this.signals = signals;
    }

    @GetMapping
    String show(
            @PathVariable UUID householdId,
            @PathVariable UUID escalationId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        return page.detail(householdId, escalationId, me, model);
    }

    @PostMapping("/outcome")
    String recordOutcome(
            @PathVariable UUID householdId,
            @PathVariable UUID escalationId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return page.sent(householdId, escalationId, me, model, response)
                .change("outcome-", binding, form.version(), flash, "escalation.outcome.saved", v -> {
                    progress.recordOutcome(householdId, escalationId, me.id(), v, form.toOutcome(), signals.today());
                });
    }

    @PostMapping("/meeting")
    String recordMeeting(
            @PathVariable UUID householdId,
            @PathVariable UUID escalationId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return page.sent(householdId, escalationId, me, model, response)
                .change("meeting-", binding, form.version(), flash, "escalation.meeting.saved", v -> {
                    progress.recordMeeting(householdId, escalationId, me.id(), v, form.metOn(), signals.today());
                });
    }

    @PostMapping("/raise")
    String raise(
            @PathVariable UUID householdId,
            @PathVariable UUID escalationId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute RaiseForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        EscalationPage.rejectUnreadable(model, "raise-", binding);
        if (form.toStep() == null) {
            EscalationPage.reject(model, "raise", "escalation.refused.notHigher");
        }
        return page.sent(householdId, escalationId, me, model, response)
                .change("raise-", null, form.version(), flash, "escalation.raise.saved", v -> {
                    progress.raise(
                            householdId,
                            escalationId,
                            me.id(),
                            v,
                            form.toStep(),
                            form.owner(),
                            form.secondOwner(),
                            signals.today());
                });
    }

    @PostMapping("/de-escalation")
    String deEscalate(
            @PathVariable UUID householdId,
            @PathVariable UUID escalationId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return page.sent(householdId, escalationId, me, model, response)
                .change("de-escalation-", null, version, flash, "escalation.deEscalation.saved", v -> {
                    deEscalation.deEscalate(householdId, escalationId, me.id(), v, signals.today());
                });
    }
}
