package nl.eenplan.implementation.web;

import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.implementation.ChecklistRefused;
import nl.eenplan.implementation.FrameworkChangedMeanwhile;
import nl.eenplan.implementation.FrameworkChecklistAccess;
import nl.eenplan.implementation.MunicipalFrameworks;
import nl.eenplan.implementation.NotAChecklistKeeper;
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
 * IMP-1: a municipality's frameworks for the method as the fact sheet's table, with every earlier
 * version; its agenda holders, contact points and administrators change them on the version they saw.
 */
@Controller
@RequestMapping("/implementation/frameworks/{municipalityId}")
class FrameworkController {

    private final MunicipalFrameworks frameworks;
    private final FrameworkChecklistAccess access;

    FrameworkController(MunicipalFrameworks frameworks, FrameworkChecklistAccess access) {
        this.frameworks = frameworks;
        this.access = access;
    }

    @GetMapping
    String show(@PathVariable UUID municipalityId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("current", frameworks.current(municipalityId, me));
        model.addAttribute("history", frameworks.history(municipalityId, me));
        model.addAttribute("municipality", access.municipality(municipalityId));
        model.addAttribute("mayEdit", access.mayEditFramework(municipalityId, me));
        return "implementation/framework";
    }

    @GetMapping("/edit")
    String edit(@PathVariable UUID municipalityId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        var current = frameworks.current(municipalityId, me);
        if (!access.mayEditFramework(municipalityId, me)) {
            throw new NotAChecklistKeeper("implementation.framework.notYours");
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FrameworkForm.of(current));
        }
        model.addAttribute("municipality", access.municipality(municipalityId));
        return "implementation/framework-edit";
    }

    @PostMapping("/edit")
    String save(
            @PathVariable UUID municipalityId,
            @ModelAttribute("form") FrameworkForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            RedirectAttributes flash) {
        try {
            frameworks.change(municipalityId, me, form.seenVersion(), form.framework());
        } catch (FrameworkChangedMeanwhile stale) {
            flash.addFlashAttribute("conflict", "implementation.framework.changedMeanwhile");
            return "redirect:/implementation/frameworks/" + municipalityId + "/edit";
        } catch (ChecklistRefused refused) {
            refused.fields().forEach((field, key) -> errors.rejectValue(field, key));
            return edit(municipalityId, me, model);
        }
        flash.addFlashAttribute("notice", "implementation.framework.saved");
        return "redirect:/implementation/frameworks/" + municipalityId;
    }
}
