package nl.eenplan.plan.web;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The plan's own steps through the API, as on the plan page: agreeing to it (PL-9), sending a version
 * to those who receive a copy (PL-9, H-3), closing it and starting the next one after (H-4).
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/plan")
class PlanStepsApiController {

    private final PlanSteps steps;

    PlanStepsApiController(PlanSteps steps) {
        this.steps = steps;
    }

    /** PL-9: a household member or the coordinator agrees to the plan as it stands. */
    @PostMapping("/agree")
    ResponseEntity<Void> agree(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var seen = VersionTag.required(ifMatch);
        steps.agree(householdId, person, seen);
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** PL-9, H-3: mails each participant who receives a copy a link to this established version. */
    @PostMapping("/versions/{number}/send")
    Sent send(
            @PathVariable UUID householdId,
            @PathVariable int number,
            @AuthenticationPrincipal AccountPrincipal person) {
        return new Sent(steps.sendRound(householdId, person, number));
    }

    /** the plan ends when care is wound down or handed over; nobody can change it after. */
    @PostMapping("/close")
    ResponseEntity<Void> close(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CloseRequest request) {
        var seen = VersionTag.required(ifMatch);
        steps.close(householdId, person, seen, request.reason());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /**
     * H-4: after the plan closed, whoever could change it starts the household's next plan, as a draft;
     * the closed one stays among the earlier plans. While the current plan is open: 422.
     */
    @PostMapping("/new")
    ResponseEntity<Started> startNew(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal person) {
        var id = steps.startNew(householdId, person);
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/households/{household}/plan")
                .buildAndExpand(householdId)
                .toUri();
        return ResponseEntity.created(location).body(new Started(id));
    }

    /** How many participants were mailed a link to the version. */
    record Sent(int sentTo) {}

    /** The id of the new plan; the Location header says where to read it. */
    record Started(UUID id) {}
}
