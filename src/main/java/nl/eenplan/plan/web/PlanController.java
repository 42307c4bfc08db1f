package nl.eenplan.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanClosing;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanRefused;
import nl.eenplan.plan.PlanTab;
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
 * The plan's tab pages of tab 1, tab 2 and tab 5 (PL-1, PL-2, PL-5, PL-8, PL-10), establishing a version
 * (PL-9), closing and a new plan after (H-4).
 */
@Controller
@RequestMapping("/households/{householdId}/plan")
class PlanController {

    private final PlanPage page;
    private final NoConsentPage noConsent;
    private final PlanEditing editing;
    private final PlanEstablishing establishing;
    private final PlanClosing closing;

    PlanController(
            PlanPage page,
            NoConsentPage noConsent,
            PlanEditing editing,
            PlanEstablishing establishing,
            PlanClosing closing) {
        this.page = page;
        this.noConsent = noConsent;
        this.editing = editing;
        this.establishing = establishing;
        this.closing = closing;
    }

    /** Tab 1. C-1: a professional without consent for every member gets the no-consent page instead. */
    @GetMapping
    String show(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            HttpServletResponse response) {
        return tab(householdId, me, model, response, PlanTab.SITUATION);
    }

    /** Tab 2: goals, who does what, agreeing and establishing. */
    @GetMapping("/approach")
    String approach(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            HttpServletResponse response) {
        return tab(householdId, me, model, response, PlanTab.APPROACH);
    }

    /** Tab 5: the consents recorded for gathering and sharing information (PL-5). */
    @GetMapping("/consent")
    String consent(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            HttpServletResponse response) {
        return tab(householdId, me, model, response, PlanTab.CONSENT);
    }

    private String tab(UUID householdId, AccountPrincipal me, Model model, HttpServletResponse response, PlanTab tab) {
        var viewer = page.viewer(householdId, me);
        if (!viewer.seesPlan()) {
            return noConsent.show(householdId, viewer, model, response);
        }
        return page.show(householdId, viewer, model, tab);
    }

    @PostMapping("/tab1")
    String updateTab1(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("tab1Form") Tab1Form form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        PlanPage.rejectUnreadable(model, "tab1-", binding);
        if (binding.hasErrors()) {
            return page.show(householdId, viewer, model, PlanTab.SITUATION);
        }
        return page.change(
                householdId,
                viewer,
                form.version(),
                model,
                response,
                PlanTab.SITUATION,
                reason -> "tab1-" + Tab1Form.fieldOf(reason),
                v -> {
                    editing.updateTab1(householdId, viewer, v, form.toTab1());
                    return PlanPage.backTo(householdId, flash, "plan.page.tab1.saved", PlanTab.SITUATION, "tab1");
                });
    }

    /** PL-9: freezes the plan as a new numbered version. */
    @PostMapping("/establish")
    String establish(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        return page.change(
                householdId, viewer, version, model, response, PlanTab.APPROACH, reason -> "establish", current -> {
                    var number = establishing.establish(householdId, viewer, current);
                    flash.addFlashAttribute("notice", "plan.page.established");
                    return "redirect:/households/" + householdId + "/plan/versions/" + number;
                });
    }

    /** PL-9: a household member or the coordinator agrees to the plan as it stands. */
    @PostMapping("/agree")
    String agree(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        return page.change(
                householdId, viewer, version, model, response, PlanTab.APPROACH, reason -> "establish", current -> {
                    establishing.agree(householdId, viewer, current);
                    return PlanPage.backTo(householdId, flash, "plan.page.agreed", PlanTab.APPROACH, "establish");
                });
    }

    /** closing the plan is its own step: this page asks why and for a confirmation. */
    @GetMapping("/close")
    String closing(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        var viewer = page.viewer(householdId, me);
        if (!viewer.seeingPlan().mayEdit()) {
            throw new PlanNotFound();
        }
        return closePage(page.show(householdId, viewer, model, PlanTab.APPROACH));
    }

    /** the plan ends when care is wound down or handed over; the person confirms it. */
    @PostMapping("/close")
    String close(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("closeForm") CloseForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        PlanPage.rejectUnreadable(model, "close-", binding);
        if (!binding.hasErrors() && form.reason() == null) {
            PlanPage.reject(model, "close-reason", "plan.close.reasonRequired");
        }
        if (!binding.hasErrors() && !form.isConfirmed()) {
            PlanPage.reject(model, "close-confirmed", "plan.page.close.confirmRequired");
        }
        if (PlanPage.hasErrors(model)) {
            return closePage(page.show(householdId, viewer, model, PlanTab.APPROACH));
        }
        return closePage(page.change(
                householdId, viewer, form.version(), model, response, PlanTab.APPROACH, reason -> "close-reason", v -> {
                    closing.close(householdId, viewer, v, form.reason());
                    return PlanPage.backToPlan(householdId, flash, "plan.page.closed");
                }));
    }

    /** H-4: after the plan closed, whoever could change it starts the household's next plan, as a draft. */
    @PostMapping("/new")
    String startNew(
            @PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        try {
            closing.startNew(householdId, viewer);
            return PlanPage.backToPlan(householdId, flash, "plan.page.newPlan.started");
        } catch (PlanRefused e) {
            // H-4: someone else started it a moment ago; the household has one current plan, this one.
            return PlanPage.backToPlan(householdId, flash, "plan.page.newPlan.alreadyStarted");
        }
    }

    /** A refused or unconfirmed close shows the close page again, with its errors; other answers stay. */
    private static String closePage(String view) {
        return "plan/plan-approach".equals(view) ? "plan/plan-close" : view;
    }
}
