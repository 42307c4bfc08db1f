package nl.eenplan.implementation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.implementation.Competence;
import nl.eenplan.implementation.FrameworkChecklistAccess;
import nl.eenplan.implementation.ProviderRecords;
import nl.eenplan.implementation.ProviderRequirements;
import nl.eenplan.implementation.RequirementsChangedMeanwhile;
import nl.eenplan.implementation.RequirementsRefused;
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
 * IMP-4, IMP-6: a provider's basic requirements, as its staff and the municipality that buys its care
 * see them (why "implementation done" is or is not met: how far its checklist is, IMP-3); its attention
 * officers and managers record the facts and the coordinators' recruitment records.
 */
@Controller
@RequestMapping("/implementation/providers/{providerId}")
class ProviderRequirementsController {

    private final ProviderRequirements requirements;
    private final ProviderRecords records;
    private final FrameworkChecklistAccess checklistAccess;

    ProviderRequirementsController(
            ProviderRequirements requirements, ProviderRecords records, FrameworkChecklistAccess checklistAccess) {
        this.requirements = requirements;
        this.records = records;
        this.checklistAccess = checklistAccess;
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal person, @PathVariable UUID providerId, Model model) {
        var standing = requirements.standing(person.id(), providerId);
        model.addAttribute("standing", standing);
        model.addAttribute("mayRecord", requirements.mayRecord(person.id(), providerId));
        // IMP-3: the provider's own staff follow the link to its checklist; the municipality sees the counts.
        model.addAttribute("mayReadChecklist", checklistAccess.mayReadChecklists(providerId, person));
        model.addAttribute("competences", Competence.values());
        if (!model.containsAttribute("commitment")) {
            model.addAttribute("commitment", CommitmentForm.of(standing.commitment()));
        }
        if (!model.containsAttribute("assessment")) {
            model.addAttribute("assessment", AssessmentForm.empty());
        }
        return "implementation/provider-requirements";
    }

    @PostMapping("/commitment")
    String commit(
            @AuthenticationPrincipal AccountPrincipal person,
            @PathVariable UUID providerId,
            @Valid @ModelAttribute("commitment") CommitmentForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        requirements.standing(person.id(), providerId);
        if (errors.hasErrors()) {
            return show(person, providerId, model);
        }
        try {
            records.commit(
                    person.id(),
                    providerId,
                    form.version(),
                    form.methodAdoptedOn(),
                    Boolean.TRUE.equals(form.trainingPlan()));
        } catch (RequirementsRefused e) {
            if ("requirements.date.future".equals(e.reason())) {
                errors.rejectValue("methodAdoptedOn", e.reason());
            } else {
                errors.reject(e.reason());
            }
            return show(person, providerId, model);
        } catch (RequirementsChangedMeanwhile e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.asMap().remove("commitment");
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "commitment");
            model.addAttribute("stale", true);
            return show(person, providerId, model);
        }
        flash.addFlashAttribute("notice", "requirements.saved");
        return "redirect:/implementation/providers/" + providerId;
    }

    @PostMapping("/assessments")
    String assess(
            @AuthenticationPrincipal AccountPrincipal person,
            @PathVariable UUID providerId,
            @Valid @ModelAttribute("assessment") AssessmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        requirements.standing(person.id(), providerId);
        if (errors.hasErrors()) {
            return show(person, providerId, model);
        }
        try {
            records.assess(person.id(), providerId, form.coordinatorId(), form.assessedOn(), form.found());
        } catch (RequirementsRefused e) {
            errors.rejectValue(
                    "assessment.coordinator.notHere".equals(e.reason()) ? "coordinatorId" : "assessedOn", e.reason());
            return show(person, providerId, model);
        }
        flash.addFlashAttribute("notice", "assessment.saved");
        return "redirect:/implementation/providers/" + providerId;
    }
}
