package nl.eenplan.implementation.web;

import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.implementation.ChecklistChangedMeanwhile;
import nl.eenplan.implementation.ChecklistNotFound;
import nl.eenplan.implementation.ChecklistRefused;
import nl.eenplan.implementation.ChecklistStatus;
import nl.eenplan.implementation.Checklists;
import nl.eenplan.implementation.FrameworkChecklistAccess;
import nl.eenplan.implementation.NotAChecklistKeeper;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * IMP-3: a checklist with its progress; its keepers start it from a template and keep each item (action,
 * responsible person, planned date, status) on the version they saw.
 */
@Controller
class ChecklistController {

    private final Checklists checklists;
    private final FrameworkChecklistAccess access;

    ChecklistController(Checklists checklists, FrameworkChecklistAccess access) {
        this.checklists = checklists;
        this.access = access;
    }

    @PostMapping("/implementation/organisations/{organisationId}/checklists")
    String start(
            @PathVariable UUID organisationId,
            @RequestParam(required = false) String templateId,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes flash) {
        UUID template;
        try {
            template = UUID.fromString(String.valueOf(templateId));
        } catch (IllegalArgumentException notAnId) {
            throw new ChecklistNotFound();
        }
        try {
            var id = checklists.start(organisationId, template, me);
            flash.addFlashAttribute("notice", "implementation.checklist.startedNotice");
            return "redirect:/implementation/checklists/" + id;
        } catch (ChecklistRefused wrongTemplate) {
            flash.addFlashAttribute("conflict", wrongTemplate.reason());
            return "redirect:/implementation";
        }
    }

    @GetMapping("/implementation/checklists/{checklistId}")
    String show(@PathVariable UUID checklistId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        var checklist = checklists.find(checklistId, me);
        model.addAttribute("checklist", checklist);
        model.addAttribute("organisation", access.organisation(checklist.organisationId()));
        model.addAttribute("mayKeep", access.mayKeepChecklists(checklist.organisationId(), me));
        return "implementation/checklist";
    }

    @GetMapping("/implementation/checklists/{checklistId}/items/{itemId}")
    String edit(
            @PathVariable UUID checklistId,
            @PathVariable UUID itemId,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        var checklist = checklists.find(checklistId, me);
        if (!access.mayKeepChecklists(checklist.organisationId(), me)) {
            throw new NotAChecklistKeeper("implementation.checklist.notYours");
        }
        var item = checklist.items().stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow(ChecklistNotFound::new);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ChecklistItemForm.of(item));
        }
        model.addAttribute("checklist", checklist);
        model.addAttribute("item", item);
        model.addAttribute("statuses", ChecklistStatus.values());
        return "implementation/checklist-item";
    }

    @PostMapping("/implementation/checklists/{checklistId}/items/{itemId}")
    String save(
            @PathVariable UUID checklistId,
            @PathVariable UUID itemId,
            @ModelAttribute("form") ChecklistItemForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            RedirectAttributes flash) {
        if (form.badDate()) {
            errors.rejectValue("plannedOn", "implementation.item.plannedOn.invalid");
            return edit(checklistId, itemId, me, model);
        }
        try {
            checklists.changeItem(checklistId, itemId, me, form.seenVersion(), form.change());
        } catch (ChecklistChangedMeanwhile stale) {
            flash.addFlashAttribute("conflict", "implementation.item.changedMeanwhile");
            return "redirect:/implementation/checklists/" + checklistId + "/items/" + itemId;
        } catch (ChecklistRefused refused) {
            refused.fields().forEach((field, key) -> errors.rejectValue(field, key));
            return edit(checklistId, itemId, me, model);
        }
        flash.addFlashAttribute("notice", "implementation.item.saved");
        return "redirect:/implementation/checklists/" + checklistId;
    }
}
