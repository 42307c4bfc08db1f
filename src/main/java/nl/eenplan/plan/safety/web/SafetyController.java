package nl.eenplan.plan.safety.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.safety.SafetyPlanning;
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

/** The safety plan tab (PL-6): read it, start it, write it down, evaluate it at its moments, end it. */
@Controller
@RequestMapping("/households/{householdId}/plan/safety")
class SafetyController {

    private final SafetyPage page;
    private final SafetyPlanning planning;

    SafetyController(SafetyPage page, SafetyPlanning planning) {
        this.page = page;
        this.planning = planning;
    }

    @GetMapping
    String show(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "signal", required = false) String signal,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("signal", SafetyPage.uuid(signal));
        return page.show(householdId, me, model, response);
    }

    /** PL-6, C-6: safety is at stake; possibly in answer to a step of the reporting code. */
    @PostMapping("/start")
    String start(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String signal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return page.change(
                householdId,
                me,
                version,
                model,
                response,
                flash,
                "plan.safety.started.notice",
                "start-reason",
                (viewer, v) -> planning.start(householdId, viewer, v, reason, SafetyPage.uuid(signal)));
    }

    @PostMapping
    String change(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("safetyForm") SafetyForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            SafetyPage.reject(model, "content", "typeMismatch");
            return page.show(householdId, me, model, response);
        }
        var version = form.getVersion() == null ? null : form.getVersion().toString();
        return page.change(
                householdId,
                me,
                version,
                model,
                response,
                flash,
                "plan.safety.saved",
                "content",
                (viewer, v) -> planning.change(householdId, viewer, v, form.content()));
    }

    /** PL-6: an evaluation moment evaluated. */
    @PostMapping("/moments/{momentId}/evaluation")
    String evaluate(
            @PathVariable UUID householdId,
            @PathVariable UUID momentId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String outcome,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return page.change(
                householdId,
                me,
                version,
                model,
                response,
                flash,
                "plan.safety.evaluated",
                "moment-" + momentId,
                (viewer, v) -> planning.evaluate(householdId, viewer, v, momentId, SafetyPage.date(on), outcome));
    }

    /** PL-6: safety is no longer at stake. */
    @PostMapping("/end")
    String end(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return page.change(
                householdId,
                me,
                version,
                model,
                response,
                flash,
                "plan.safety.ended",
                "end-reason",
                (viewer, v) -> planning.end(householdId, viewer, v, reason));
    }
}
