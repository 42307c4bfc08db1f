package nl.eenplan.identity.web;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.identity.SecondFactorLogin;
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

/** One's own account: details, recovery codes and personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final AccountDirectory directory;
    private final SecondFactorLogin secondFactor;
    private final ApiTokens tokens;

    AccountController(AccountDirectory directory, SecondFactorLogin secondFactor, ApiTokens tokens) {
        this.directory = directory;
        this.secondFactor = secondFactor;
        this.tokens = tokens;
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TokenForm.empty());
        }
        model.addAttribute("account", directory.find(principal.id()).orElseThrow());
        model.addAttribute("recoveryCodesLeft", secondFactor.remainingRecoveryCodes(principal));
        model.addAttribute("tokens", tokens.of(principal.id()));
        model.addAttribute("scopes", ApiScope.values());
        model.addAttribute(
                "validities", ApiTokens.VALIDITY_DAYS.stream().sorted().toList());
        return "identity/account";
    }

    @PostMapping("/tokens")
    String issueToken(
            @AuthenticationPrincipal AccountPrincipal principal,
            @Valid @ModelAttribute("form") TokenForm form,
            BindingResult errors,
            Model model) {
        if (!errors.hasErrors() && !ApiTokens.VALIDITY_DAYS.contains(form.validityDays())) {
            errors.rejectValue("validityDays", "token.validity.required");
        }
        if (errors.hasErrors()) {
            return show(principal, model);
        }
        model.addAttribute("issued", tokens.issue(principal.id(), form.name(), form.scope(), form.validityDays()));
        return "identity/token-issued";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(
            @AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID id, RedirectAttributes flash) {
        if (tokens.revoke(principal.id(), id)) {
            flash.addFlashAttribute("notice", "token.revokedNotice");
        }
        return "redirect:/account";
    }

    @PostMapping("/recovery-codes")
    String renewRecoveryCodes(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        if (!secondFactor.isEnrolled(principal)) {
            return "redirect:/account";
        }
        model.addAttribute("codes", secondFactor.renewRecoveryCodes(principal));
        model.addAttribute("firstTime", false);
        return "identity/recovery-codes";
    }
}
