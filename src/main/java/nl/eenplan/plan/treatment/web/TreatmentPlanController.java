package nl.eenplan.plan.treatment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import nl.eenplan.consent.PlanConsentMissing;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanRefused;
import nl.eenplan.plan.treatment.TreatmentPlans;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * PL-7: the page of the treatment plans the plan mentions (list, add, change, end), reached from tab 2.
 * Only who sees the whole plan sees it; every change is made on the plan's version.
 */
@Controller
@RequestMapping("/households/{householdId}/plan/treatment-plans")
class TreatmentPlanController {

    private final PlanAccess access;
    private final TreatmentPlans treatmentPlans;
    private final HouseholdRegister households;

    TreatmentPlanController(PlanAccess access, TreatmentPlans treatmentPlans, HouseholdRegister households) {
        this.access = access;
        this.treatmentPlans = treatmentPlans;
        this.households = households;
    }

    @GetMapping
    String list(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        return show(householdId, access.viewer(householdId, me), null, model);
    }

    @PostMapping
    String add(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("treatmentForm") TreatmentPlanForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = access.viewer(householdId, me);
        return save(
                householdId,
                viewer,
                null,
                form,
                binding,
                model,
                response,
                flash,
                version -> treatmentPlans.add(householdId, viewer, version, form.details()));
    }

    @GetMapping("/{treatmentPlanId}")
    String edit(
            @PathVariable UUID householdId,
            @PathVariable UUID treatmentPlanId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        return show(householdId, access.viewer(householdId, me), treatmentPlanId, model);
    }

    @PostMapping("/{treatmentPlanId}")
    String change(
            @PathVariable UUID householdId,
            @PathVariable UUID treatmentPlanId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("treatmentForm") TreatmentPlanForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = access.viewer(householdId, me);
        return save(
                householdId,
                viewer,
                treatmentPlanId,
                form,
                binding,
                model,
                response,
                flash,
                version -> treatmentPlans.change(householdId, viewer, version, treatmentPlanId, form.details()));
    }

    @PostMapping("/{treatmentPlanId}/end")
    String end(
            @PathVariable UUID householdId,
            @PathVariable UUID treatmentPlanId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = access.viewer(householdId, me);
        Integer seen = version != null && version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
        if (seen == null) {
            return conflict(householdId, viewer, null, model, response);
        }
        try {
            treatmentPlans.end(householdId, viewer, seen, treatmentPlanId);
        } catch (PlanRefused e) {
            errors(model).put("form", e.reason());
            return show(householdId, viewer, null, model);
        } catch (PlanChangedMeanwhile e) {
            return conflict(householdId, viewer, null, model, response);
        }
        flash.addFlashAttribute("notice", "plan.treatment.page.ended");
        return "redirect:/households/" + householdId + "/plan/treatment-plans";
    }

    private String save(
            UUID householdId,
            Viewer viewer,
            UUID linkId,
            TreatmentPlanForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash,
            IntConsumer change) {
        if (binding.hasErrors()) {
            binding.getFieldErrors().forEach(e -> errors(model).putIfAbsent(e.getField(), "typeMismatch"));
            if (binding.hasGlobalErrors() || errors(model).isEmpty()) {
                errors(model).putIfAbsent("form", "typeMismatch");
            }
            return show(householdId, viewer, linkId, model);
        }
        if (form.version() == null) {
            return conflict(householdId, viewer, linkId, model, response);
        }
        try {
            change.accept(form.version());
        } catch (PlanRefused e) {
            errors(model).put(TreatmentPlanForm.fieldOf(e.reason()), e.reason());
            return show(householdId, viewer, linkId, model);
        } catch (PlanChangedMeanwhile e) {
            return conflict(householdId, viewer, linkId, model, response);
        }
        flash.addFlashAttribute("notice", linkId == null ? "plan.treatment.page.added" : "plan.treatment.page.changed");
        return "redirect:/households/" + householdId + "/plan/treatment-plans";
    }

    /** Someone else changed the plan first: nothing was stored; what was typed stays on the page. */
    private String conflict(UUID householdId, Viewer viewer, UUID linkId, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("conflict", "plan.changedMeanwhile");
        return show(householdId, viewer, linkId, model);
    }

    private String show(UUID householdId, Viewer viewer, UUID linkId, Model model) {
        var listing = linkId == null
                ? treatmentPlans.list(householdId, viewer)
                : treatmentPlans.read(householdId, viewer, linkId);
        var plan = listing.plan();
        errors(model);
        model.addAttribute("householdId", householdId);
        model.addAttribute(
                "household",
                households.find(householdId).map(HouseholdSummary::name).orElse(""));
        model.addAttribute("plan", plan);
        model.addAttribute("approachPath", nl.eenplan.plan.PlanTab.APPROACH.path());
        model.addAttribute("links", listing.links());
        model.addAttribute("editable", viewer.mayEdit() && !plan.closed());
        model.addAttribute("professionals", treatmentPlans.professionals(householdId));
        model.addAttribute(
                "goalTitles",
                plan.goals().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                g -> g.id(), g -> g.title(), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute(
                "goalsOf",
                listing.links().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                l -> l.id(),
                                l -> l.goalIds().stream()
                                        .map(plan::goal)
                                        .flatMap(java.util.Optional::stream)
                                        .map(g -> g.title())
                                        .collect(java.util.stream.Collectors.joining("; ")))));
        if (linkId != null) {
            var link = listing.links().getFirst();
            model.addAttribute("link", link);
            if (link.ended()) {
                model.addAttribute("editable", false);
            }
            if (model.getAttribute("treatmentForm") == null) {
                model.addAttribute("treatmentForm", TreatmentPlanForm.of(link));
            }
            return "plan/treatment/treatment-plan";
        }
        if (model.getAttribute("treatmentForm") == null) {
            model.addAttribute("treatmentForm", TreatmentPlanForm.empty());
        }
        return "plan/treatment/treatment-plans";
    }

    /** C-1: a professional without consent gets the page that says for whom consent is missing (403). */
    @ExceptionHandler(PlanConsentMissing.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String noConsent(PlanConsentMissing e) {
        return "forward:/households/" + e.householdId() + "/plan/no-consent";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new LinkedHashMap<String, String>());
        }
        return (Map<String, String>) model.getAttribute("errors");
    }
}
