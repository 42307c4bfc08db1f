package nl.eenplan.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.GoalEvaluation;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanRefused;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** G-3: evaluating a goal with the questions of the method; a reached goal closes and is celebrated. */
@Controller
@RequestMapping("/households/{householdId}/plan/goals/{goalId}/evaluation")
class EvaluationController {

    private final PlanPage page;
    private final GoalEvaluation evaluation;

    EvaluationController(PlanPage page, GoalEvaluation evaluation) {
        this.page = page;
        this.evaluation = evaluation;
    }

    @GetMapping
    String form(
            @PathVariable UUID householdId,
            @PathVariable UUID goalId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            RedirectAttributes flash) {
        return show(householdId, goalId, page.viewer(householdId, me), model, flash);
    }

    @PostMapping
    String evaluate(
            @PathVariable UUID householdId,
            @PathVariable UUID goalId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("evaluationForm") EvaluationForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        PlanPage.rejectUnreadable(model, "evaluation-", binding);
        if (binding.hasErrors()) {
            return show(householdId, goalId, viewer, model, flash);
        }
        if (form.version() == null) {
            return changedMeanwhile(householdId, goalId, viewer, model, response, flash);
        }
        try {
            evaluation.evaluate(householdId, viewer, form.version(), goalId, form.toAnswers(page.today()));
        } catch (PlanRefused e) {
            PlanPage.reject(model, "evaluation-" + form.fieldOf(e.reason()), e.reason());
            return show(householdId, goalId, viewer, model, flash);
        } catch (PlanChangedMeanwhile e) {
            return changedMeanwhile(householdId, goalId, viewer, model, response, flash);
        }
        flash.addFlashAttribute(
                "notice", Boolean.TRUE.equals(form.reached()) ? "plan.evaluate.celebrate" : "plan.evaluate.saved");
        return "redirect:/households/" + householdId + "/plan/approach#goal-" + goalId;
    }

    /** The answers stay on the page, to be sent again on the plan as it is now. */
    private String changedMeanwhile(
            UUID householdId,
            UUID goalId,
            Viewer viewer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("conflict", "plan.changedMeanwhile");
        return show(householdId, goalId, viewer, model, flash);
    }

    private String show(UUID householdId, UUID goalId, Viewer viewer, Model model, RedirectAttributes flash) {
        var plan = evaluation.toEvaluate(householdId, viewer, goalId);
        var goal = plan.goal(goalId).orElseThrow(PlanNotFound::new);
        if (!goal.open() || plan.closed()) {
            flash.addFlashAttribute("notice", plan.closed() ? "plan.closed" : "plan.goal.notOpen");
            return "redirect:/households/" + householdId + "/plan/approach#goal-" + goalId;
        }
        var participants = page.header(householdId, viewer, model);
        model.addAttribute("plan", plan);
        model.addAttribute("goal", goal);
        model.addAttribute("actions", ApproachTab.actions(goal, participants, page.today(), a -> false));
        if (model.getAttribute("evaluationForm") == null) {
            model.addAttribute("evaluationForm", EvaluationForm.empty());
        }
        return "plan/plan-evaluate";
    }
}
