package nl.eenplan.plan.lifearea.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanRefused;
import nl.eenplan.plan.lifearea.LifeArea;
import nl.eenplan.plan.lifearea.LifeAreas;
import nl.eenplan.plan.lifearea.MatrixDomain;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * PL-4: tab 4 of the plan: strengths and concerns per life area and who sees it how, assessments over time
 * with their radar chart, and the life areas each goal addresses. Every form carries the plan's version.
 */
@Controller
@RequestMapping("/households/{householdId}/plan/life-areas")
class LifeAreaController {

    private final LifeAreas lifeAreas;
    private final PlanAccess access;
    private final HouseholdRegister households;
    private final java.time.Clock clock;

    LifeAreaController(LifeAreas lifeAreas, PlanAccess access, HouseholdRegister households, java.time.Clock clock) {
        this.lifeAreas = lifeAreas;
        this.access = access;
        this.households = households;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        return page(householdId, access.viewer(householdId, me), model);
    }

    @PostMapping("/assessments")
    String assess(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = access.viewer(householdId, me);
        return change(
                householdId,
                viewer,
                form,
                "assess-form",
                model,
                response,
                flash,
                "lifearea.page.assessed",
                v -> lifeAreas.assess(householdId, viewer, v, LifeAreaForms.assessment(form)));
    }

    @PostMapping("/goals/{goalId}")
    String link(
            @PathVariable UUID householdId,
            @PathVariable UUID goalId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam Map<String, String> form,
            @RequestParam(name = "areas", required = false) List<String> areas,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = access.viewer(householdId, me);
        return change(
                householdId,
                viewer,
                form,
                "goal-" + goalId,
                model,
                response,
                flash,
                "lifearea.page.linked",
                v -> lifeAreas.link(householdId, viewer, v, goalId, LifeAreaForms.areas(areas)));
    }

    @PostMapping("/{area}")
    String update(
            @PathVariable UUID householdId,
            @PathVariable String area,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = access.viewer(householdId, me);
        return change(
                householdId,
                viewer,
                form,
                "area-" + area,
                model,
                response,
                flash,
                "lifearea.page.saved",
                v -> lifeAreas.update(householdId, viewer, v, LifeAreaForms.note(LifeAreaForms.area(area), form)));
    }

    /** One change on the plan's version: refused next to its form, or the tab again with a conflict (409). */
    private String change(
            UUID householdId,
            Viewer viewer,
            Map<String, String> form,
            String formId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash,
            String notice,
            IntConsumer change) {
        var version = LifeAreaForms.version(form);
        try {
            if (version.isEmpty()) {
                throw new PlanChangedMeanwhile(-1);
            }
            change.accept(version.get());
        } catch (PlanRefused e) {
            errors(model).put(formId, e.reason());
            model.addAttribute("sent", form);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(householdId, viewer, model);
        } catch (PlanChangedMeanwhile e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", "plan.changedMeanwhile");
            model.addAttribute("sent", form);
            return page(householdId, viewer, model);
        }
        flash.addFlashAttribute("notice", notice);
        return "redirect:/households/" + householdId + "/plan/life-areas";
    }

    private String page(UUID householdId, Viewer viewer, Model model) {
        var tab = lifeAreas.read(householdId, viewer);
        var today = DutchTime.today(clock);
        model.addAttribute("householdId", householdId);
        model.addAttribute(
                "household",
                households.find(householdId).map(HouseholdSummary::name).orElse(""));
        model.addAttribute("viewer", viewer);
        model.addAttribute("tab", tab);
        model.addAttribute("editable", viewer.mayEdit() && !tab.plan().closed());
        model.addAttribute("charts", lifeAreas.charts(tab));
        model.addAttribute("areas", LifeArea.values());
        model.addAttribute("domains", MatrixDomain.values());
        model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
        model.addAttribute(
                "adults",
                households.members(householdId).stream()
                        .filter(m -> m.adultOn(today))
                        .toList());
        model.addAttribute("today", today);
        if (!model.containsAttribute("sent")) {
            model.addAttribute("sent", Map.of());
        }
        errors(model);
        return "plan/plan-life-areas";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new LinkedHashMap<String, String>());
        }
        return (Map<String, String>) model.getAttribute("errors");
    }
}
