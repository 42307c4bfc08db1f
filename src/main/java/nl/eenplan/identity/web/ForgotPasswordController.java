package nl.eenplan.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.eenplan.identity.InvalidPassword;
import nl.eenplan.identity.InvitationInvalid;
import nl.eenplan.identity.PasswordResets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Wachtwoord vergeten": ask for a link by e-mail address (the answer is the same whether or not
 * there is an account), then choose a new password through the link.
 */
@Controller
class ForgotPasswordController {

    private final PasswordResets resets;

    ForgotPasswordController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/forgot-password")
    String ask(@ModelAttribute("form") EmailForm form) {
        return "identity/forgot-password";
    }

    @PostMapping("/forgot-password")
    String request(@Valid @ModelAttribute("form") EmailForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return "identity/forgot-password";
        }
        resets.request(form.email());
        return "redirect:/forgot-password/sent";
    }

    @GetMapping("/forgot-password/sent")
    String sent() {
        return "identity/forgot-password-sent";
    }

    @GetMapping("/reset-password/{token}")
    String show(
            @PathVariable String token,
            @ModelAttribute("form") PasswordForm form,
            Model model,
            HttpServletResponse response) {
        var account = resets.usable(token);
        if (account.isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("account", account.get());
        model.addAttribute("token", token);
        return "identity/reset-password";
    }

    @PostMapping("/reset-password/{token}")
    String reset(
            @PathVariable String token,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        var account = resets.usable(token);
        if (account.isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("account", account.get());
        model.addAttribute("token", token);
        if (!errors.hasErrors() && !form.password().equals(form.repeat())) {
            errors.rejectValue("repeat", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return "identity/reset-password";
        }
        try {
            resets.reset(token, form.password());
            return "redirect:/login?reset";
        } catch (InvalidPassword e) {
            errors.rejectValue("password", e.messageKey());
            return "identity/reset-password";
        } catch (InvitationInvalid e) {
            return invalid(response);
        }
    }

    /** A link that is unknown, used or expired: 404 with a page that says to ask a new one. */
    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "identity/reset-invalid";
    }
}
