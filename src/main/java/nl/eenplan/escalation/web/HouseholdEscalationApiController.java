package nl.eenplan.escalation.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.eenplan.consent.ConsentCoverage;
import nl.eenplan.escalation.EscalationReading;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.ConsentWarning;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A household's escalations through the API (G-4, E-1), as its escalation page: the escalations this
 * person may see (all of them for those who see the plan; a manager or contact point only those he
 * oversees, X-5), and signalling a stagnation. Whoever may see none is told they do not exist.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/escalations")
class HouseholdEscalationApiController {

    private final EscalationReading reading;
    private final StagnationSignals signals;
    private final ConsentCoverage coverage;

    HouseholdEscalationApiController(EscalationReading reading, StagnationSignals signals, ConsentCoverage coverage) {
        this.reading = reading;
        this.signals = signals;
        this.coverage = coverage;
    }

    @GetMapping
    ApiPage<EscalationSummary> escalations(
            @PathVariable UUID householdId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        var escalations =
                reading.household(householdId, person.id(), signals.today()).escalations();
        return paging.of(escalations.stream().map(EscalationSummary::of).toList());
    }

    /**
     * G-4: signals that an agreement is not kept. About a professional the ladder starts at step 1
     * (E-1): 201 with the new escalation; about a household or network member the coordinator's
     * follow-up is recorded: 200. C-1: a professional no consent covers is a warning, not a refusal.
     */
    @PostMapping
    ResponseEntity<Signalled> signal(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @Valid @RequestBody SignalRequest request) {
        var signal = request.toSignal();
        var escalationId = signals.signal(householdId, person.id(), signal, signals.today());
        var warnings = coverage.warnings(householdId, List.of(signal.participantId()));
        if (escalationId == null) {
            return ResponseEntity.ok(new Signalled(null, warnings));
        }
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/households/{household}/escalations/{escalation}")
                .buildAndExpand(householdId, escalationId)
                .toUri();
        return ResponseEntity.status(HttpStatus.CREATED).location(location).body(new Signalled(escalationId, warnings));
    }

    /** The escalation that started (none for a household or network member), and consent warnings (C-1). */
    record Signalled(UUID escalationId, List<ConsentWarning> consentWarnings) {}
}
