package nl.eenplan.participation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.ParentalAuthorities;
import nl.eenplan.participation.TeamNotFound;
import nl.eenplan.participation.TeamWork;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Parental authority (gezag) over a minor through the API, as on the team page (C-1): who records it
 * (an adult of the household with authority, or while none is recorded; the coordinator; before one is
 * chosen the professional who took the case up) reads and records it; anyone else in the team is
 * refused (403 on a change, 404 on a read, where the page shows nothing of it). Its entity tag follows
 * the holders, so a change on what someone else changed meanwhile is refused (412).
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/members/{childId}/authority")
class AuthorityApiController {

    private final TeamApiViewers viewers;
    private final TeamWork teamWork;
    private final ParentalAuthorities authorities;
    private final HouseholdRegister households;

    AuthorityApiController(
            TeamApiViewers viewers, TeamWork teamWork, ParentalAuthorities authorities, HouseholdRegister households) {
        this.viewers = viewers;
        this.teamWork = teamWork;
        this.authorities = authorities;
        this.households = households;
    }

    /** Who holds authority over the child, and the adults who could (C-1); part of the team's logged read. */
    @SendsETag
    @GetMapping
    ResponseEntity<Authority> authority(
            @PathVariable UUID householdId,
            @PathVariable UUID childId,
            @AuthenticationPrincipal AccountPrincipal person) {
        var viewer = viewers.member(householdId, person);
        var authority = viewers.reading(() -> {
            var overview = teamWork.overview(householdId, viewer);
            var child = overview.minors().stream()
                    .filter(m -> m.id().equals(childId))
                    .findFirst()
                    .orElseThrow(TeamNotFound::new);
            var adults = overview.adults().stream()
                    .map(m -> new Adult(m.id(), m.name()))
                    .toList();
            return new Authority(
                    child.id(),
                    child.name(),
                    child.authorityHolderIds().stream().sorted().toList(),
                    adults);
        });
        return ResponseEntity.ok()
                .eTag(TeamApiViewers.tagOf(authority.holderIds()).header())
                .body(authority);
    }

    /** C-1: exactly these adult members hold authority over the child. */
    @PutMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> record(
            @PathVariable UUID householdId,
            @PathVariable UUID childId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AuthorityRequest request) {
        var seen = VersionTag.required(ifMatch);
        var viewer = viewers.member(householdId, person);
        var holders = Set.copyOf(request.holderIds());
        // Recorded and checked in one transaction: a change made on other holders than now is undone.
        viewers.changing(() -> {
            var before = holders(householdId, childId);
            authorities.record(householdId, viewer, childId, holders);
            if (TeamApiViewers.tagOf(before).version() != seen.version()) {
                throw new TeamApiProblems.Stale(
                        TeamApiViewers.tagOf(before).version(), "team.api.authorityChangedMeanwhile");
            }
            return holders;
        });
        return ResponseEntity.noContent()
                .eTag(TeamApiViewers.tagOf(holders).header())
                .build();
    }

    private List<UUID> holders(UUID householdId, UUID childId) {
        return households.members(householdId).stream()
                .filter(m -> m.id().equals(childId))
                .findFirst()
                .map(Member::authorityHolderIds)
                .orElse(Set.of())
                .stream()
                .sorted()
                .toList();
    }

    /** The child, who holds authority over him, and the adults of the household who could. */
    record Authority(UUID childId, String child, List<UUID> holderIds, List<Adult> adults) {}

    /** An adult member of the household. */
    record Adult(UUID id, String name) {}

    /** {@code PUT}: the adult members who hold authority; none is allowed. */
    record AuthorityRequest(
            @NotNull(message = "{error.unacceptableInput}") @Size(max = 30, message = "{error.unacceptableInput}")
            Set<@NotNull(message = "{error.unacceptableInput}") UUID> holderIds) {}
}
