package nl.eenplan.meeting.web;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.meeting.RoundTableMinutes;
import nl.eenplan.meeting.web.RoundTableRequests.AgendaRequest;
import nl.eenplan.meeting.web.RoundTableRequests.CoordinatorRequest;
import nl.eenplan.meeting.web.RoundTableRequests.DecisionRequest;
import nl.eenplan.meeting.web.RoundTableRequests.MinutesRequest;
import nl.eenplan.plan.PlanAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The agenda (by the chair), and the minutes, decisions and coordinator (by the minute taker) of a
 * round table through the API (M-2, M-4), as on the agenda and minutes pages: who may not do it gets
 * 404, as there. Every change names the round table's version in If-Match; the ETag of the answer is
 * the next one.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/round-tables/{roundTableId}")
class MinutesApiController {

    private final PlanAccess access;
    private final RoundTableMinutes minutes;

    MinutesApiController(PlanAccess access, RoundTableMinutes minutes) {
        this.access = access;
        this.minutes = minutes;
    }

    /** M-4: the whole agenda, in order, as the chair keeps it; empty items are left out. */
    @PutMapping("/agenda")
    ResponseEntity<Void> keepAgenda(
            @PathVariable UUID householdId,
            @PathVariable UUID roundTableId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AgendaRequest request) {
        var seen = VersionTag.required(ifMatch);
        minutes.keepAgenda(
                householdId, roundTableId, access.viewer(householdId, person), seen.version(), request.items());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /**
     * M-4: who was there and the minutes; {@code heldOn} marks the round table held on that day (MON-2
     * counts whether within the window), never after today.
     */
    @PutMapping("/minutes")
    ResponseEntity<Void> recordMinutes(
            @PathVariable UUID householdId,
            @PathVariable UUID roundTableId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MinutesRequest request) {
        var seen = VersionTag.required(ifMatch);
        minutes.recordMinutes(
                householdId,
                roundTableId,
                access.viewer(householdId, person),
                seen.version(),
                request.minutes(),
                request.presentIds(),
                request.heldOn());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /**
     * M-4: a decision becomes, in the same step, a goal or an action in the plan (by the plan's rules),
     * or an agreement kept with the round table.
     */
    @PostMapping("/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Decided> decide(
            @PathVariable UUID householdId,
            @PathVariable UUID roundTableId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody DecisionRequest request) {
        var seen = VersionTag.required(ifMatch);
        var viewer = access.viewer(householdId, person);
        var decision = request.toDecision();
        var id = minutes.decide(householdId, roundTableId, viewer, seen.version(), decision);
        var roundTable = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/households/{household}/round-tables/{roundTable}")
                .buildAndExpand(householdId, roundTableId)
                .toUri();
        return ResponseEntity.created(roundTable).eTag(seen.next().header()).body(new Decided(id));
    }

    /** M-2: the coordinator decided at the household's first round table, on the coordination's version. */
    @PostMapping("/coordinator")
    ResponseEntity<Void> recordCoordinator(
            @PathVariable UUID householdId,
            @PathVariable UUID roundTableId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CoordinatorRequest request) {
        var seen = VersionTag.required(ifMatch);
        minutes.recordCoordinator(
                householdId,
                roundTableId,
                access.viewer(householdId, person),
                seen.version(),
                request.version(),
                request.coordinatorId(),
                request.form(),
                request.chosenBy());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** The decision recorded; the round table it belongs to is in the Location header. */
    record Decided(UUID id) {}
}
