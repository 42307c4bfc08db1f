package nl.eenplan.escalation.web;

import java.time.Instant;
import java.util.UUID;
import nl.eenplan.escalation.EscalationReading;
import nl.eenplan.escalation.HouseholdEscalations;
import nl.eenplan.escalation.SignallableAgreement;
import nl.eenplan.escalation.StagnationPrompt;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.ParticipantKind;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * G-4: what the household's escalation page shows about stagnation, through the API: EenPlan's prompts
 * (the coordinator only), the agreements a stagnation can be signalled about (those who may signal),
 * and the signals about household and network members with the coordinator's follow-up (those who
 * see the plan). Each read is logged as the page's; whoever may see none of it gets 404.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/stagnation")
class StagnationApiController {

    private final EscalationReading reading;
    private final StagnationSignals signals;

    StagnationApiController(EscalationReading reading, StagnationSignals signals) {
        this.reading = reading;
        this.signals = signals;
    }

    @GetMapping("/prompts")
    ApiPage<StagnationPrompt> prompts(
            @PathVariable UUID householdId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        return paging.of(read(householdId, person).prompts());
    }

    /** The pairs of agreement and participant a signal ({@code POST .../escalations}) can name. */
    @GetMapping("/agreements")
    ApiPage<SignallableAgreement> agreements(
            @PathVariable UUID householdId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        return paging.of(read(householdId, person).agreements());
    }

    @GetMapping("/signals")
    ApiPage<Signal> signals(
            @PathVariable UUID householdId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        var household = read(householdId, person);
        return paging.of(household.stagnations().stream()
                .map(s -> new Signal(
                        s.id(),
                        s.actionId(),
                        s.participantId(),
                        household.names().get(s.participantId()),
                        s.kind(),
                        s.note(),
                        s.followUp(),
                        s.signalledAt()))
                .toList());
    }

    private HouseholdEscalations read(UUID householdId, AccountPrincipal person) {
        return reading.household(householdId, person.id(), signals.today());
    }

    /** A stagnation of a household or network member: about whom, the note and the follow-up chosen. */
    record Signal(
            UUID id,
            UUID actionId,
            UUID participantId,
            String about,
            ParticipantKind kind,
            String note,
            String followUp,
            Instant signalledAt) {}
}
