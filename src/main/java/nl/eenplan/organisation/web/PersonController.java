package nl.eenplan.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.identity.AccountAdministration;
import nl.eenplan.identity.AccountChangeRefused;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.StaleAccount;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.RoleRequired;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffTraining;
import nl.eenplan.organisation.TrainingKind;
import org.springframework.dao.OptimisticLockingFailureException;
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

/**
 * One person, as an administrator manages them: staff roles per organisation, switching the account
 * off and on, and forgetting a lost authenticator app. Every change names the account version that
 * was shown; a change someone else made meanwhile is answered 409 with the page as it is now.
 */
@Controller
@RequestMapping("/admin/people/{id}")
class PersonController {

    private final AccountAdministration administration;
    private final OrganisationDirectory organisations;
    private final StaffTraining training;

    PersonController(
            AccountAdministration administration, OrganisationDirectory organisations, StaffTraining training) {
        this.administration = administration;
        this.organisations = organisations;
        this.training = training;
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable UUID id, Model model) {
        var person = administration.open(admin.id(), id);
        model.addAttribute("person", person);
        model.addAttribute("memberships", organisations.membershipsOf(id));
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("staff", person.kind() == AccountKind.STAFF);
        model.addAttribute("self", admin.id().equals(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RoleForm.empty(person.version()));
        }
        model.addAttribute("trainings", training.of(id));
        model.addAttribute("trainingKinds", TrainingKind.values());
        if (!model.containsAttribute("trainingForm")) {
            model.addAttribute("trainingForm", TrainingForm.empty(person.version()));
        }
        return "organisation/person";
    }

    @PostMapping("/roles")
    String giveRole(
            @AuthenticationPrincipal AccountPrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RoleForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return changeRole(admin, id, form, errors, model, response, flash, true);
    }

    @PostMapping("/roles/remove")
    String takeRole(
            @AuthenticationPrincipal AccountPrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RoleForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return changeRole(admin, id, form, errors, model, response, flash, false);
    }

    @PostMapping("/deactivate")
    String deactivate(
            @AuthenticationPrincipal AccountPrincipal admin,
            @PathVariable UUID id,
            @Valid VersionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return change(
                admin,
                id,
                errors,
                model,
                response,
                flash,
                "people.deactivated",
                () -> administration.deactivate(admin.id(), id, form.version()));
    }

    @PostMapping("/reactivate")
    String reactivate(
            @AuthenticationPrincipal AccountPrincipal admin,
            @PathVariable UUID id,
            @Valid VersionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return change(
                admin,
                id,
                errors,
                model,
                response,
                flash,
                "people.reactivated",
                () -> administration.reactivate(admin.id(), id, form.version()));
    }

    @PostMapping("/second-factor/reset")
    String resetSecondFactor(
            @AuthenticationPrincipal AccountPrincipal admin,
            @PathVariable UUID id,
            @Valid VersionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return change(
                admin,
                id,
                errors,
                model,
                response,
                flash,
                "people.secondFactor.resetDone",
                () -> administration.resetSecondFactor(admin.id(), id, form.version()));
    }

    private String changeRole(
            AccountPrincipal admin,
            UUID id,
            RoleForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash,
            boolean hold) {
        if (!errors.hasErrors() && organisations.find(form.organisationId()).isEmpty()) {
            errors.rejectValue("organisationId", "invite.organisation.required");
        }
        if (!errors.hasErrors() && hold && administration.open(admin.id(), id).kind() != AccountKind.STAFF) {
            errors.rejectValue("role", "people.role.staffOnly");
        }
        if (errors.hasErrors()) {
            return show(admin, id, model);
        }
        return change(
                admin,
                id,
                errors,
                model,
                response,
                flash,
                hold ? "people.role.given" : "people.role.taken",
                () -> organisations.changeRole(
                        admin.id(), id, form.version(), form.organisationId(), form.role(), hold));
    }

    /** Makes the change, or shows the page again with why it was refused; nothing changed then. */
    private String change(
            AccountPrincipal admin,
            UUID id,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash,
            String notice,
            Runnable change) {
        if (errors.hasErrors()) {
            model.addAttribute("changeError", "people.version.required");
            return show(admin, id, model);
        }
        try {
            change.run();
        } catch (AccountChangeRefused e) {
            model.addAttribute("changeError", e.messageKey());
            return show(admin, id, model);
        } catch (RoleRequired e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("changeError", e.reason());
            return show(admin, id, model);
        } catch (StaleAccount | OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("changeError", "people.stale");
            model.asMap().remove("form");
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
            return show(admin, id, model);
        }
        flash.addFlashAttribute("notice", notice);
        return "redirect:/admin/people/" + id;
    }
}
