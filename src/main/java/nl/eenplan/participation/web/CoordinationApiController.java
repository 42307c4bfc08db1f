package nl.eenplan.participation.web;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.CoordinationWork;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.StaleCoordination;
import nl.eenplan.participation.web.CoordinationResources.CoordinationResource;
import nl.eenplan.participation.web.CoordinationResources.PeriodResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who coordinates a household's plan through the API, as its page (R): everyone in the team reads it
 * a network member only where it sits; those who may edit the plan decide it and hand it
 * over, on the version of coordination they saw. Every read and change is logged.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/coordination")
class CoordinationApiController {

    private static final String ACCESS_TEAM = "ROLE_ACCESS_TEAM_MEMBER";

    private final TeamApiViewers viewers;
    private final CoordinationWork coordination;
    private final Coordinations coordinations;

    CoordinationApiController(TeamApiViewers viewers, CoordinationWork coordination, Coordinations coordinations) {
        this.viewers = viewers;
        this.coordination = coordination;
        this.coordinations = coordinations;
    }

    @SendsETag
    @GetMapping
    ResponseEntity<CoordinationResource> coordination(
            @PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal person) {
        var overview = coordination.overview(householdId, viewers.member(householdId, person));
        return ResponseEntity.ok()
                .eTag(VersionTag.of(overview.state().version()).header())
                .body(CoordinationResource.of(overview));
    }

    /** every period of coordination; a network member sees none of it. */
    @GetMapping("/history")
    ApiPage<PeriodResource> history(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        var overview = coordination.overview(householdId, viewers.member(householdId, person));
        return paging.of(overview.history().stream()
                .map(period -> PeriodResource.of(period, overview))
                .toList());
    }

    /** records who coordinates and how; a change of coordinator is a handover. */
    @PutMapping
    ResponseEntity<CoordinationResource> decide(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            Authentication authentication,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CoordinationResources.ChoiceRequest request) {
        var seen = VersionTag.required(ifMatch);
        var viewer = viewers.editor(householdId, person);
        try {
            var state = coordination.decide(
                    householdId, viewer, request.toChoice(), seen.version(), accessTeam(authentication));
            return ResponseEntity.ok()
                    .eTag(VersionTag.of(state.version()).header())
                    .body(CoordinationResource.of(state));
        } catch (StaleCoordination e) {
            throw stale(householdId);
        }
    }

    /** hands coordination over to another participant; the history keeps both. */
    @PostMapping("/handover")
    ResponseEntity<CoordinationResource> handOver(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CoordinationResources.HandoverRequest request) {
        var seen = VersionTag.required(ifMatch);
        var viewer = viewers.editor(householdId, person);
        try {
            var state = coordination.handOver(
                    householdId, viewer, request.successorId(), request.cleanNote(), seen.version());
            return ResponseEntity.ok()
                    .eTag(VersionTag.of(state.version()).header())
                    .body(CoordinationResource.of(state));
        } catch (StaleCoordination e) {
            throw stale(householdId);
        }
    }

    private TeamApiProblems.Stale stale(UUID householdId) {
        return new TeamApiProblems.Stale(coordinations.of(householdId).version(), "coordination.api.changedMeanwhile");
    }

    private static boolean accessTeam(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> ACCESS_TEAM.equals(a.getAuthority()));
    }
}
