package nl.eenplan.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.identity.AccountAdministration;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.StaleAccount;
import nl.eenplan.organisation.StaffTraining;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * IMP-5: an administrator records on a person's page which trainings he completed (the basic
 * training in the method, chairing a meeting), or takes a record away, on the account version shown.
 */
@Controller
@RequestMapping("/admin/people/{id}/trainings")
class PersonTrainingController {

    private final PersonController page;
    private final AccountAdministration administration;
    private final StaffTraining training;

    PersonTrainingController(PersonController page, AccountAdministration administration, StaffTraining training) {
        this.page = page;
        this.administration = administration;
        this.training = training;
    }

    @PostMapping
    String record(
            @AuthenticationPrincipal AccountPrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("trainingForm") TrainingForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (!errors.hasErrors() && administration.open(admin.id(), id).kind() != AccountKind.STAFF) {
            errors.rejectValue("kind", "training.staffOnly");
        }
        if (errors.hasErrors()) {
            return page.show(admin, id, model);
        }
        return change(
                admin,
                id,
                model,
                response,
                flash,
                "training.recorded",
                () -> training.record(admin.id(), id, form.version(), form.kind(), form.completedOn()));
    }

    @PostMapping("/remove")
    String remove(
            @AuthenticationPrincipal AccountPrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("removal") TrainingRemoval form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("changeError", "people.version.required");
            return page.show(admin, id, model);
        }
        return change(
                admin,
                id,
                model,
                response,
                flash,
                "training.removed",
                () -> training.remove(admin.id(), id, form.version(), form.kind()));
    }

    private String change(
            AccountPrincipal admin,
            UUID id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash,
            String notice,
            Runnable change) {
        try {
            change.run();
        } catch (StaleAccount | OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("changeError", "people.stale");
            model.asMap().remove("trainingForm");
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "trainingForm");
            return page.show(admin, id, model);
        }
        flash.addFlashAttribute("notice", notice);
        return "redirect:/admin/people/" + id;
    }
}
