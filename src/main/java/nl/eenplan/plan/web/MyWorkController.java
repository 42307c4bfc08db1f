package nl.eenplan.plan.web;

import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.MyWork;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My plans" and "my actions": overdue first, then what is due soon (G-4). */
@Controller
class MyWorkController {

    private final MyWork myWork;

    MyWorkController(MyWork myWork) {
        this.myWork = myWork;
    }

    @GetMapping("/my-work")
    String myWork(@AuthenticationPrincipal AccountPrincipal principal, Authentication authentication, Model model) {
        var work = myWork.of(principal);
        var actions = work.actions();
        model.addAttribute("plans", work.plans());
        model.addAttribute(
                "overdue", actions.stream().filter(MyWork.MyAction::overdue).toList());
        model.addAttribute(
                "upcoming", actions.stream().filter(a -> !a.overdue()).toList());
        model.addAttribute(
                "staff", authentication.getAuthorities().stream().anyMatch(a -> "ROLE_STAFF".equals(a.getAuthority())));
        model.addAttribute("dueSoonDays", MyWork.DUE_SOON_DAYS);
        return "plan/my-work";
    }
}
