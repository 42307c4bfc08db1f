package nl.eenplan.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanRefused;
import nl.eenplan.plan.Planning;
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

/** Goals and actions on the plan page (G-1, G-2, G-4). */
@Controller
@RequestMapping("/households/{householdId}/plan")
class GoalController {

    private final PlanPage page;
    private final Planning planning;

    GoalController(PlanPage page, Planning planning) {
        this.page = page;
        this.planning = planning;
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
            return page.show(householdId, viewer, model);
        }
        if (form.version() == null) {
            return page.changedMeanwhile(householdId, viewer, model, response);
        }
        try {
            var goalId = planning.addGoal(householdId, viewer, form.version(), form.title());
            flash.addFlashAttribute("notice", "plan.page.goal.added");
            return "redirect:/households/" + householdId + "/plan";
        } catch (PlanRefused e) {
            PlanPage.reject(model, "goal-title", e.reason());
            return page.show(householdId, viewer, model);
        } catch (PlanChangedMeanwhile e) {
            return page.changedMeanwhile(householdId, viewer, model, response);
        }
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
        if (version == null) {
            return page.changedMeanwhile(householdId, viewer, model, response);
        }
        try {
            planning.raiseGoal(householdId, viewer, version, goalId);
        } catch (PlanRefused e) {
            PlanPage.reject(model, "goal-" + goalId, e.reason());
            return page.show(householdId, viewer, model);
        } catch (PlanChangedMeanwhile e) {
            return page.changedMeanwhile(householdId, viewer, model, response);
        }
        flash.addFlashAttribute("notice", "plan.page.goal.raised");
        return "redirect:/households/" + householdId + "/plan";
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
            return page.show(householdId, viewer, model);
        }
        if (form.version() == null) {
            return page.changedMeanwhile(householdId, viewer, model, response);
        }
        try {
            planning.addAction(householdId, viewer, form.version(), goalId, form.toNewAction());
        } catch (PlanRefused e) {
            PlanPage.reject(model, prefix + form.fieldOf(e.reason()), e.reason());
            return page.show(householdId, viewer, model);
        } catch (PlanChangedMeanwhile e) {
            return page.changedMeanwhile(householdId, viewer, model, response);
        }
        flash.addFlashAttribute("notice", "plan.page.action.added");
        return "redirect:/households/" + householdId + "/plan";
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
        if (version == null) {
            return page.changedMeanwhile(householdId, viewer, model, response);
        }
        try {
            planning.markActionDone(householdId, viewer, version, actionId);
        } catch (PlanRefused e) {
            PlanPage.reject(model, "action-" + actionId, e.reason());
            return page.show(householdId, viewer, model);
        } catch (PlanChangedMeanwhile e) {
            return page.changedMeanwhile(householdId, viewer, model, response);
        }
        flash.addFlashAttribute("notice", "plan.page.action.done");
        return "redirect:/households/" + householdId + "/plan";
    }
}
