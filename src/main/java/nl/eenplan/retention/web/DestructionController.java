package nl.eenplan.retention.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.retention.DestructionNotFound;
import nl.eenplan.retention.DestructionRecords;
import nl.eenplan.retention.DestructionRefused;
import nl.eenplan.retention.DestructionRequests;
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
 * earlier destruction in the browser. A youth of 12 or older or a parent with parental authority
 * asks on the household's page for it; the other members see how it stands; the coordinator grants
 * (after a confirmation, and only once the plan is closed) or refuses, with reasons. After the file is
 * destroyed, the page says so. Someone outside the household and not its coordinator: not found.
 */
@Controller
@RequestMapping("/households/{householdId}/destruction")
class DestructionController {

    /** Refusals about the state of the request, not about what was typed: 409. */
    private static final Set<String> CONFLICTS = Set.of(
            "retention.decide.alreadyDecided",
            "retention.decide.changedMeanwhile",
            "retention.decide.closePlanFirst",
            "retention.request.alreadyOpen",
            "retention.request.notFound");

    private final DestructionRequests requests;
    private final DestructionRecords records;

    DestructionController(DestructionRequests requests, DestructionRecords records) {
        this.requests = requests;
        this.records = records;
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID householdId, Model model) {
        var destroyed = records.of(householdId);
        if (destroyed.isPresent()) {
            // The file is gone: say so, with the day only (the record holds no personal data).
            model.addAttribute("record", destroyed.get());
            return "retention/destroyed";
        }
        var page = requests.page(householdId, principal);
        model.addAttribute("page", page);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AskForm.empty());
        }
        if (!model.containsAttribute("decision")) {
            var open =
                    page.requests().stream().filter(l -> !l.request().decided()).findFirst();
            model.addAttribute(
                    "decision",
                    DecisionForm.empty(open.map(l -> l.request().version()).orElse(0)));
        }
        return "retention/destruction";
    }

    @PostMapping
    String ask(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @ModelAttribute("form") AskForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            form.check(errors);
        }
        if (errors.hasErrors()) {
            return show(principal, householdId, model);
        }
        try {
            requests.request(householdId, principal, form.reasons());
        } catch (DestructionRefused e) {
            return refused(principal, householdId, e.reason(), model, response);
        }
        flash.addFlashAttribute("notice", "retention.request.sent");
        return "redirect:/households/" + householdId + "/destruction";
    }

    @PostMapping("/{requestId}/decision")
    String decide(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID requestId,
            @ModelAttribute("decision") DecisionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var page = requests.page(householdId, principal);
        if (!page.deciding()) {
            return refused(principal, householdId, "retention.decide.notEntitled", model, response);
        }
        if (!errors.hasErrors()) {
            form.check(errors);
        }
        if (errors.hasErrors()) {
            return show(principal, householdId, model);
        }
        var line = page.requests().stream()
                .filter(l -> l.request().id().equals(requestId))
                .findFirst()
                .orElseThrow(DestructionNotFound::new);
        if (form.grant() && !form.isConfirmed()) {
            if (!page.careEnded()) {
                return refused(principal, householdId, "retention.decide.closePlanFirst", model, response);
            }
            // Granting destroys the file: a page of its own says so and asks to confirm.
            model.addAttribute("page", page);
            model.addAttribute("line", line);
            return "retention/destruction-confirm";
        }
        try {
            requests.decide(householdId, requestId, principal, form.version(), form.grant(), form.reasons());
        } catch (DestructionRefused e) {
            return refused(principal, householdId, e.reason(), model, response);
        }
        flash.addFlashAttribute("notice", form.grant() ? "retention.decide.granted" : "retention.decide.refused");
        return "redirect:/households/" + householdId + "/destruction";
    }

    /** Shows the page again with the refusal: 409 when the request changed, 403 when not allowed. */
    private String refused(
            AccountPrincipal principal, UUID householdId, String reason, Model model, HttpServletResponse response) {
        response.setStatus(
                CONFLICTS.contains(reason)
                        ? HttpServletResponse.SC_CONFLICT
                        : reason.endsWith("notEntitled") ? HttpServletResponse.SC_FORBIDDEN : 422);
        model.asMap().remove("decision");
        model.asMap().keySet().removeIf(key -> key.startsWith(BindingResult.MODEL_KEY_PREFIX));
        model.addAttribute("refusalError", reason);
        return show(principal, householdId, model);
    }
}
