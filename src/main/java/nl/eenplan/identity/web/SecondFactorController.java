package nl.eenplan.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.InvalidCode;
import nl.eenplan.identity.SecondFactorLogin;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The second step of logging in: enrol the authenticator app (staff, first time) or enter its code. */
@Controller
@RequestMapping("/login/second-factor")
class SecondFactorController {

    private static final String ENROLMENT = SecondFactorController.class.getName() + ".enrolment";

    private final SecondFactorLogin login;
    private final SessionLogin sessions;

    SecondFactorController(SecondFactorLogin login, SessionLogin sessions) {
        this.login = login;
        this.sessions = sessions;
    }

    @GetMapping
    String show(
            @AuthenticationPrincipal AccountPrincipal principal,
            @ModelAttribute("form") CodeForm form,
            HttpSession session,
            Model model) {
        return view(principal, session, model);
    }

    @PostMapping
    String verify(
            @AuthenticationPrincipal AccountPrincipal principal,
            @Valid @ModelAttribute("form") CodeForm form,
            BindingResult errors,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (errors.hasErrors()) {
            return view(principal, session, model);
        }
        try {
            if (login.isEnrolled(principal)) {
                login.verify(principal, form.code());
                var target = sessions.target(request, response);
                sessions.complete(principal, request, response);
                return "redirect:" + target;
            }
            var enrolment = (SecondFactorLogin.Enrolment) session.getAttribute(ENROLMENT);
            if (enrolment == null) {
                return "redirect:/login/second-factor";
            }
            var codes = login.enrol(principal, enrolment.secret(), form.code());
            session.removeAttribute(ENROLMENT);
            sessions.complete(principal, request, response);
            model.addAttribute("codes", codes);
            model.addAttribute("firstTime", true);
            return "identity/recovery-codes";
        } catch (InvalidCode e) {
            errors.rejectValue("code", "code.invalid");
            return view(principal, session, model);
        } catch (LockedException e) {
            sessions.logout(request);
            return "redirect:/login?error=locked";
        }
    }

    private String view(AccountPrincipal principal, HttpSession session, Model model) {
        if (login.isEnrolled(principal)) {
            return "identity/second-factor";
        }
        var enrolment = (SecondFactorLogin.Enrolment) session.getAttribute(ENROLMENT);
        if (enrolment == null) {
            enrolment = login.newEnrolment(principal);
            session.setAttribute(ENROLMENT, enrolment);
        }
        model.addAttribute("secret", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("qrCode", QrCode.svgDataUri(enrolment.otpAuthUri()));
        return "identity/enrol";
    }
}
