package nl.eenplan.escalation.web;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.escalation.DeEscalation;
import nl.eenplan.escalation.EscalationProgress;
import nl.eenplan.escalation.EscalationReading;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One escalation through the API (E-1..E-5), as its page: read by every party who may see it; the
 * step's owner records the meeting (step 3) and the outcome; after no commitment it goes up one step;
 * after a commitment, or by the contact point at step 4, it goes back to the coordinator. The ETag is
 * the escalation's version; each change names it in If-Match and gets the new one back.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/escalations/{escalationId}")
class EscalationApiController {

    private final EscalationReading reading;
    private final EscalationProgress progress;
    private final DeEscalation deEscalation;
    private final StagnationSignals signals;

    EscalationApiController(
            EscalationReading reading,
            EscalationProgress progress,
            DeEscalation deEscalation,
            StagnationSignals signals) {
        this.reading = reading;
        this.progress = progress;
        this.deEscalation = deEscalation;
        this.signals = signals;
    }

    @SendsETag
    @GetMapping
    ResponseEntity<EscalationResource> escalation(
            @PathVariable UUID householdId,
            @PathVariable UUID escalationId,
            @AuthenticationPrincipal AccountPrincipal person) {
        var detail = reading.detail(householdId, escalationId, person.id());
        return ResponseEntity.ok()
                .eTag(VersionTag.of(detail.escalation().version()).header())
                .body(EscalationResource.of(detail));
    }

    /** E-1..E-4: the owner of the current step records how it ended. */
    @PostMapping("/outcome")
    ResponseEntity<Void> outcome(
            @PathVariable UUID householdId,
            @PathVariable UUID escalationId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody OutcomeRequest request) {
        var seen = VersionTag.required(ifMatch);
        progress.recordOutcome(
                householdId, escalationId, person.id(), seen.version(), request.toOutcome(), signals.today());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** E-3: the two managers record the day they met; commitment is due a few working days after it. */
    @PostMapping("/meeting")
    ResponseEntity<Void> meeting(
            @PathVariable UUID householdId,
            @PathVariable UUID escalationId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MeetingRequest request) {
        var seen = VersionTag.required(ifMatch);
        progress.recordMeeting(
                householdId, escalationId, person.id(), seen.version(), request.metOn(), signals.today());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** E-2..E-4: up one step after an outcome without commitment; at step 4 the contact point joins (E-5). */
    @PostMapping("/raise")
    ResponseEntity<Void> raise(
            @PathVariable UUID householdId,
            @PathVariable UUID escalationId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RaiseRequest request) {
        var seen = VersionTag.required(ifMatch);
        progress.raise(
                householdId,
                escalationId,
                person.id(),
                seen.version(),
                request.toStep(),
                request.owner(),
                request.secondOwner(),
                signals.today());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** E-4: back to the coordinator; the new agreements become an action in the plan where they can. */
    @PostMapping("/de-escalation")
    ResponseEntity<DeEscalated> deEscalate(
            @PathVariable UUID householdId,
            @PathVariable UUID escalationId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var seen = VersionTag.required(ifMatch);
        var planAction =
                deEscalation.deEscalate(householdId, escalationId, person.id(), seen.version(), signals.today());
        return ResponseEntity.ok().eTag(seen.next().header()).body(new DeEscalated(planAction));
    }

    /** The action of the plan the new agreements became, or null when they stay with the escalation. */
    record DeEscalated(UUID planActionId) {}
}
