package nl.eenplan.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.UUID;
import nl.eenplan.calendar.WorkingDays;
import nl.eenplan.consent.ConsentCoverage;
import nl.eenplan.home.DateWarning;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanTab;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Goals and actions on tab 2 of the plan (G-1, G-2, G-4); each change lands back on tab 2, at its goal. */
@Controller
@RequestMapping("/households/{householdId}/plan")
class GoalController {

    private final PlanPage page;
    private final PlanEditing editing;
    private final ConsentCoverage coverage;

    private final WorkingDays workingDays;

    GoalController(PlanPage page, PlanEditing editing, ConsentCoverage coverage, WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.page = page;
        this.editing = editing;
        this.coverage = coverage;
    }

    @PostMapping("/goals")
    String addGoal(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("goalForm") GoalForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        PlanPage.rejectUnreadable(model, "goal-", binding);
        if (binding.hasErrors()) {
            return page.show(householdId, viewer, model, PlanTab.APPROACH);
        }
        return page.change(
                householdId,
                viewer,
                form.version(),
                model,
                response,
                PlanTab.APPROACH,
                reason -> "goal-title",
                version -> {
                    var goalId = editing.addGoal(householdId, viewer, version, form.title());
                    return PlanPage.backTo(
                            householdId, flash, "plan.page.goal.added", PlanTab.APPROACH, "goal-" + goalId);
                });
    }

    /** G-1: the household's priority; moves a goal one place up. */
    @PostMapping("/goals/{goalId}/raise")
    String raise(
            @PathVariable UUID householdId,
            @PathVariable UUID goalId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        return page.change(
                householdId,
                viewer,
                version,
                model,
                response,
                PlanTab.APPROACH,
                reason -> "goal-" + goalId,
                current -> {
                    editing.raiseGoal(householdId, viewer, current, goalId);
                    return PlanPage.backTo(
                            householdId, flash, "plan.page.goal.raised", PlanTab.APPROACH, "goal-" + goalId);
                });
    }

    @PostMapping("/goals/{goalId}/actions")
    String addAction(
            @PathVariable UUID householdId,
            @PathVariable UUID goalId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("actionForm") ActionForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        var prefix = "action-" + goalId + "-";
        model.addAttribute("actionGoalId", goalId);
        PlanPage.rejectUnreadable(model, prefix, binding);
        if (binding.hasErrors()) {
            return page.show(householdId, viewer, model, PlanTab.APPROACH);
        }
        return page.change(
                householdId,
                viewer,
                form.version(),
                model,
                response,
                PlanTab.APPROACH,
                reason -> prefix + form.fieldOf(reason),
                version -> {
                    editing.addAction(householdId, viewer, version, goalId, form.toNewAction());
                    // a target or evaluation date on a weekend or public holiday is kept, with a warning.
                    DateWarning.firstNonWorkingDay(
                                    Arrays.asList(form.startDate(), form.targetDate(), form.evaluationDate()),
                                    workingDays::isWorkingDay)
                            .ifPresent(w -> flash.addFlashAttribute(DateWarning.ATTRIBUTE, w));
                    // C-1: an action for a professional no consent covers: a warning, not a refusal.
                    flash.addFlashAttribute("consentWarnings", coverage.warnings(householdId, form.participantIds()));
                    return PlanPage.backTo(
                            householdId, flash, "plan.page.action.added", PlanTab.APPROACH, "goal-" + goalId);
                });
    }

    /** G-4: whoever does an action, or anyone who may edit the plan, marks it done. */
    @PostMapping("/actions/{actionId}/done")
    String markDone(
            @PathVariable UUID householdId,
            @PathVariable UUID actionId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        return page.change(
                householdId,
                viewer,
                version,
                model,
                response,
                PlanTab.APPROACH,
                reason -> "action-" + actionId,
                current -> {
                    editing.markActionDone(householdId, viewer, current, actionId);
                    return PlanPage.backTo(
                            householdId, flash, "plan.page.action.done", PlanTab.APPROACH, "action-" + actionId);
                });
    }
}
