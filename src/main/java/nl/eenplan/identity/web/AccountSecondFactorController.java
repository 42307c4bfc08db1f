package nl.eenplan.identity.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.InvalidCode;
import nl.eenplan.identity.SecondFactorChoice;
import nl.eenplan.identity.SecondFactorLogin;
import nl.eenplan.identity.SecondFactorRequired;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A household or network member turns logging in with an app on, or off again with a code. */
@Controller
@RequestMapping("/account/second-factor")
class AccountSecondFactorController {

    private static final String ENROLMENT = AccountSecondFactorController.class.getName() + ".enrolment";
    private static final String ACTION = "/account/second-factor";

    private final SecondFactorLogin login;
    private final SecondFactorChoice choice;

    AccountSecondFactorController(SecondFactorLogin login, SecondFactorChoice choice) {
        this.login = login;
        this.choice = choice;
    }

    @GetMapping
    String show(
            @AuthenticationPrincipal AccountPrincipal principal,
            @ModelAttribute("form") CodeForm form,
            HttpSession session,
            Model model) {
        if (login.isEnrolled(principal)) {
            return "redirect:/account";
        }
        return enrolment(principal, session, model);
    }

    @PostMapping
    String turnOn(
            @AuthenticationPrincipal AccountPrincipal principal,
            @Valid @ModelAttribute("form") CodeForm form,
            BindingResult errors,
            HttpSession session,
            Model model) {
        var enrolment = (SecondFactorLogin.Enrolment) session.getAttribute(ENROLMENT);
        if (login.isEnrolled(principal) || enrolment == null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        if (errors.hasErrors()) {
            return enrolment(principal, session, model);
        }
        try {
            model.addAttribute("codes", choice.turnOn(principal, enrolment.secret(), form.code()));
        } catch (InvalidCode e) {
            errors.rejectValue("code", "code.invalid");
            return enrolment(principal, session, model);
        } catch (LockedException e) {
            errors.rejectValue("code", "login.locked");
            return enrolment(principal, session, model);
        }
        session.removeAttribute(ENROLMENT);
        model.addAttribute("firstTime", true);
        model.addAttribute("continueTo", "/account");
        return "identity/recovery-codes";
    }

    @GetMapping("/off")
    String askOff(@AuthenticationPrincipal AccountPrincipal principal, @ModelAttribute("form") CodeForm form) {
        if (!login.isEnrolled(principal) || principal.kind().requiresSecondFactor()) {
            return "redirect:/account";
        }
        return "identity/second-factor-off";
    }

    @PostMapping("/off")
    String turnOff(
            @AuthenticationPrincipal AccountPrincipal principal,
            @Valid @ModelAttribute("form") CodeForm form,
            BindingResult errors,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return "identity/second-factor-off";
        }
        try {
            choice.turnOff(principal, form.code());
        } catch (InvalidCode e) {
            errors.rejectValue("code", "code.invalid");
            return "identity/second-factor-off";
        } catch (LockedException e) {
            errors.rejectValue("code", "login.locked");
            return "identity/second-factor-off";
        } catch (SecondFactorRequired e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        flash.addFlashAttribute("notice", "accountSecurity.off.done");
        return "redirect:/account";
    }

    private String enrolment(AccountPrincipal principal, HttpSession session, Model model) {
        var enrolment = (SecondFactorLogin.Enrolment) session.getAttribute(ENROLMENT);
        if (enrolment == null) {
            enrolment = login.newEnrolment(principal);
            session.setAttribute(ENROLMENT, enrolment);
        }
        model.addAttribute("secret", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("qrCode", QrCode.svgDataUri(enrolment.otpAuthUri()));
        model.addAttribute("enrolAction", ACTION);
        return "identity/enrol";
    }
}
