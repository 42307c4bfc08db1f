package nl.eenplan.home.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.eenplan.home.NextStep;
import nl.eenplan.home.NextStepSource;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: what the person should do next, from every {@link NextStepSource}, overdue and
 * soonest first. A person a source sends elsewhere (a household member to her plan) goes there.
 */
@Controller
class HomeController {

    /** A start page says what to do next, not everything: the rest is on "Te doen". */
    static final int MOST = 8;

    private final OrganisationDirectory organisations;
    private final List<NextStepSource> sources;

    HomeController(OrganisationDirectory organisations, List<NextStepSource> sources) {
        this.organisations = organisations;
        this.sources = sources;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal principal, Authentication authentication, Model model) {
        var elsewhere = sources.stream()
                .map(s -> s.startPageFor(principal))
                .flatMap(Optional::stream)
                .findFirst();
        if (elsewhere.isPresent()) {
            return "redirect:" + elsewhere.get();
        }
        var steps = sources.stream()
                .flatMap(s -> s.nextStepsFor(principal).stream())
                .sorted(Comparator.comparing(NextStep::overdue)
                        .reversed()
                        .thenComparing(NextStep::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("nextSteps", steps.stream().limit(MOST).toList());
        model.addAttribute("moreSteps", Math.max(0, steps.size() - MOST));
        model.addAttribute("memberships", organisations.membershipsOf(principal.id()));
        model.addAttribute("staff", has(authentication, "ROLE_STAFF"));
        model.addAttribute("administrator", has(authentication, "ROLE_ADMINISTRATOR"));
        return "home/home";
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
