package nl.eenplan.escalation.web;

import nl.eenplan.escalation.EscalationReading;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * E-2..E-4: the escalations a manager (of the organisations involved) or a municipal contact point
 * (of the household's municipality) oversees: open ones with their step, age and next term, overdue
 * first, and the recent history.
 */
@Controller
class EscalationOverviewController {

    private final EscalationReading reading;
    private final StagnationSignals signals;

    EscalationOverviewController(EscalationReading reading, StagnationSignals signals) {
        this.reading = reading;
        this.signals = signals;
    }

    @GetMapping("/escalations")
    String overview(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        var rows = reading.overview(me.id(), signals.today());
        model.addAttribute(
                "open",
                rows.stream().filter(r -> r.listing().escalation().open()).toList());
        model.addAttribute(
                "closed",
                rows.stream().filter(r -> r.listing().escalation().closed()).toList());
        return "escalation/overview";
    }
}
