package nl.eenplan.identity.web;

import jakarta.validation.Valid;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.InvalidPassword;
import nl.eenplan.identity.InvitationInvalid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Where an invited person chooses a password. */
@Controller
@RequestMapping("/invitation/{token}")
class InvitationController {

    private final AccountDirectory directory;

    InvitationController(AccountDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    String show(@PathVariable String token, @ModelAttribute("form") PasswordForm form, Model model) {
        return directory
                .invitation(token)
                .map(account -> {
                    model.addAttribute("account", account);
                    model.addAttribute("token", token);
                    return "identity/invitation";
                })
                .orElseGet(() -> invalid(model));
    }

    @PostMapping
    String accept(
            @PathVariable String token,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model) {
        var account = directory.invitation(token);
        if (account.isEmpty()) {
            return invalid(model);
        }
        model.addAttribute("account", account.get());
        model.addAttribute("token", token);
        if (!errors.hasErrors() && !form.password().equals(form.repeat())) {
            errors.rejectValue("repeat", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return "identity/invitation";
        }
        try {
            directory.acceptInvitation(token, form.password());
            return "redirect:/login?activated";
        } catch (InvalidPassword e) {
            errors.rejectValue("password", e.messageKey());
            return "identity/invitation";
        } catch (InvitationInvalid e) {
            return invalid(model);
        }
    }

    private String invalid(Model model) {
        return "identity/invitation-invalid";
    }
}
