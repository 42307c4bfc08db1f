package nl.eenplan.plan.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanSnapshot;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A household's plan through the API. The ETag is the plan's version; a change names the version it
 * was made on in If-Match and gets the new one back.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/plan")
class PlanApiController {

    private final PlanResources resources;
    private final PlanChanges changes;

    PlanApiController(PlanResources resources, PlanChanges changes) {
        this.resources = resources;
        this.changes = changes;
    }

    /** A matching If-None-Match gets 304 Not Modified (Spring MVC compares it with the ETag). */
    @SendsETag
    @GetMapping
    ResponseEntity<PlanResource> plan(
            @PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal person) {
        var plan = resources.plan(householdId, person);
        return ResponseEntity.ok().eTag(VersionTag.of(plan.version()).header()).body(plan);
    }

    @PutMapping("/tab1")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> updateTab1(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody Tab1Request request) {
        var seen = VersionTag.required(ifMatch);
        changes.updateTab1(householdId, person, seen, request.toTab1());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** PL-9: the plan becomes a numbered, frozen version. */
    @PostMapping("/establish")
    ResponseEntity<Established> establish(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var seen = VersionTag.required(ifMatch);
        var number = changes.establish(householdId, person, seen);
        return ResponseEntity.ok()
                .eTag(seen.next().header())
                .body(new Established(number, "/api/v1/households/" + householdId + "/plan/versions/" + number));
    }

    @GetMapping("/versions")
    List<PlanSnapshot> versions(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal person) {
        return resources.versions(householdId, person);
    }

    @GetMapping("/versions/{number}")
    PlanSnapshot version(
            @PathVariable UUID householdId,
            @PathVariable int number,
            @AuthenticationPrincipal AccountPrincipal person) {
        return resources.version(householdId, person, number);
    }

    /** The number of the new version, and where to read it. */
    record Established(int number, String version) {}
}
