package nl.eenplan.implementation.web;

import java.util.UUID;
import java.util.function.IntSupplier;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.implementation.ChecklistChangedMeanwhile;
import nl.eenplan.implementation.ChecklistNotFound;
import nl.eenplan.implementation.ChecklistRefused;
import nl.eenplan.implementation.ChecklistTemplates;
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
 * IMP-3: administrators keep the checklist templates: add, change, move and remove items, each on the
 * template version they saw. Checklists already started keep their own copy.
 */
@Controller
@RequestMapping("/admin/implementation/templates")
class ChecklistTemplateController {

    private final ChecklistTemplates templates;

    ChecklistTemplateController(ChecklistTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    String all(Model model) {
        model.addAttribute("templates", templates.all());
        return "implementation/templates";
    }

    @GetMapping("/{templateId}")
    String show(@PathVariable UUID templateId, Model model) {
        model.addAttribute("template", templates.find(templateId));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TemplateItemForm("", "", "", ""));
        }
        return "implementation/template";
    }

    @PostMapping("/{templateId}/items")
    String add(
            @PathVariable UUID templateId,
            @ModelAttribute("form") TemplateItemForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            RedirectAttributes flash) {
        return change(
                templateId,
                errors,
                flash,
                () -> show(templateId, model),
                () -> templates.addItem(templateId, me, form.seenVersion(), form.section(), form.text()));
    }

    @GetMapping("/{templateId}/items/{itemId}")
    String editItem(@PathVariable UUID templateId, @PathVariable UUID itemId, Model model) {
        var template = templates.find(templateId);
        var item = template.items().stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow(ChecklistNotFound::new);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new TemplateItemForm(
                            item.section(),
                            item.text(),
                            Integer.toString(item.position()),
                            Integer.toString(template.version())));
        }
        model.addAttribute("template", template);
        model.addAttribute("item", item);
        return "implementation/template-item";
    }

    @PostMapping("/{templateId}/items/{itemId}")
    String saveItem(
            @PathVariable UUID templateId,
            @PathVariable UUID itemId,
            @ModelAttribute("form") TemplateItemForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            RedirectAttributes flash) {
        var current = templates.find(templateId).items().stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow(ChecklistNotFound::new)
                .position();
        return change(
                templateId,
                errors,
                flash,
                () -> editItem(templateId, itemId, model),
                () -> templates.changeItem(
                        templateId, itemId, me, form.seenVersion(), form.section(), form.text(), form.place(current)));
    }

    @PostMapping("/{templateId}/items/{itemId}/move")
    String move(
            @PathVariable UUID templateId,
            @PathVariable UUID itemId,
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) String version,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes flash) {
        var by = "up".equals(direction) ? -1 : 1;
        return change(
                templateId,
                null,
                flash,
                () -> "",
                () -> templates.moveItem(templateId, itemId, me, FormVersions.parse(version), by));
    }

    @PostMapping("/{templateId}/items/{itemId}/remove")
    String remove(
            @PathVariable UUID templateId,
            @PathVariable UUID itemId,
            @RequestParam(required = false) String version,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes flash) {
        return change(
                templateId,
                null,
                flash,
                () -> "",
                () -> templates.removeItem(templateId, itemId, me, FormVersions.parse(version)));
    }

    private String change(
            UUID templateId,
            BindingResult errors,
            RedirectAttributes flash,
            java.util.function.Supplier<String> again,
            IntSupplier change) {
        try {
            change.getAsInt();
        } catch (ChecklistChangedMeanwhile stale) {
            flash.addFlashAttribute("conflict", "implementation.template.changedMeanwhile");
            return "redirect:/admin/implementation/templates/" + templateId;
        } catch (ChecklistRefused refused) {
            if (errors == null) {
                flash.addFlashAttribute("conflict", refused.reason());
                return "redirect:/admin/implementation/templates/" + templateId;
            }
            refused.fields().forEach((field, key) -> errors.rejectValue(field, key));
            if (refused.fields().isEmpty()) {
                errors.reject(refused.reason());
            }
            return again.get();
        }
        flash.addFlashAttribute("notice", "implementation.template.saved");
        return "redirect:/admin/implementation/templates/" + templateId;
    }
}
