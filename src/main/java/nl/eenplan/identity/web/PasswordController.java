package nl.eenplan.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.InvalidPassword;
import nl.eenplan.identity.PasswordChanges;
import nl.eenplan.identity.WrongPassword;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password, with the current one asked first. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final PasswordChanges changes;

    PasswordController(PasswordChanges changes) {
        this.changes = changes;
    }

    @GetMapping
    String show(@ModelAttribute("form") ChangePasswordForm form) {
        return "identity/password";
    }

    @PostMapping
    String change(
            @AuthenticationPrincipal AccountPrincipal principal,
            @Valid @ModelAttribute("form") ChangePasswordForm form,
            BindingResult errors,
            HttpServletRequest request,
            RedirectAttributes flash) {
        if (!errors.hasErrors() && !form.password().equals(form.repeat())) {
            errors.rejectValue("repeat", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return "identity/password";
        }
        try {
            changes.change(
                    principal,
                    form.current(),
                    form.password(),
                    request.getSession().getId());
        } catch (WrongPassword e) {
            errors.rejectValue("current", "password.current.wrong");
            return "identity/password";
        } catch (InvalidPassword e) {
            errors.rejectValue("password", e.messageKey());
            return "identity/password";
        } catch (LockedException e) {
            errors.rejectValue("current", "login.locked");
            return "identity/password";
        }
        flash.addFlashAttribute("notice", "password.changed");
        return "redirect:/account";
    }
}
