package nl.eenplan.escalation.web;

import nl.eenplan.escalation.EscalationReading;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * E-2..E-4: the escalations a manager (of the organisations involved) or a municipal contact point (of
 * the household's municipality) oversees, through the API as on the overview page: open ones first,
 * overdue first and then by their next term, followed by the recent history. Anyone else: 404.
 */
@RestController
class EscalationOverviewApiController {

    private final EscalationReading reading;
    private final StagnationSignals signals;

    EscalationOverviewApiController(EscalationReading reading, StagnationSignals signals) {
        this.reading = reading;
        this.signals = signals;
    }

    @GetMapping("/api/v1/escalations")
    ApiPage<OverseenEscalation> overview(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        return paging.of(reading.overview(person.id(), signals.today()).stream()
                .map(OverseenEscalation::of)
                .toList());
    }
}
