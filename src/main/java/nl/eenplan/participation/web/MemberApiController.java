package nl.eenplan.participation.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.household.MemberChangedMeanwhile;
import nl.eenplan.household.Members;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.HouseholdUpkeep;
import nl.eenplan.participation.TeamNotFound;
import nl.eenplan.participation.TeamViewer;
import nl.eenplan.participation.web.MemberResources.Added;
import nl.eenplan.participation.web.MemberResources.HistoryResource;
import nl.eenplan.participation.web.MemberResources.MemberResource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The household's members through the API, as the household's page (H-1, X-6): the household and the
 * professionals who see the plan read them and their history, not the network; those who keep the
 * household add a member, record a birth, a move and a correction, on the member's version (If-Match).
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/members")
class MemberApiController {

    private final TeamApiViewers viewers;
    private final HouseholdUpkeep upkeep;
    private final HouseholdRegister households;
    private final Members members;
    private final Clock clock;

    MemberApiController(
            TeamApiViewers viewers,
            HouseholdUpkeep upkeep,
            HouseholdRegister households,
            Members members,
            Clock clock) {
        this.viewers = viewers;
        this.upkeep = upkeep;
        this.households = households;
        this.members = members;
        this.clock = clock;
    }

    @GetMapping
    ApiPage<MemberResource> members(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        var overview = upkeep.overview(householdId, reader(householdId, person));
        return paging.of(overview.members().stream()
                .map(m -> MemberResource.of(m, overview))
                .toList());
    }

    /** H-1, X-6: every change of the household's members, with who made it. */
    @GetMapping("/history")
    ApiPage<HistoryResource> history(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        var overview = upkeep.overview(householdId, reader(householdId, person));
        return paging.of(overview.history().stream().map(HistoryResource::of).toList());
    }

    @SendsETag
    @GetMapping("/{memberId}")
    ResponseEntity<MemberResource> member(
            @PathVariable UUID householdId,
            @PathVariable UUID memberId,
            @AuthenticationPrincipal AccountPrincipal person) {
        var viewer = reader(householdId, person);
        var member = viewers.reading(() -> {
            var overview = upkeep.overview(householdId, viewer);
            return overview.members().stream()
                    .filter(m -> m.id().equals(memberId))
                    .findFirst()
                    .map(m -> MemberResource.of(m, overview))
                    .orElseThrow(TeamNotFound::new);
        });
        return ResponseEntity.ok()
                .eTag(VersionTag.of(member.version()).header())
                .body(member);
    }

    /** H-1: a member joins the household after its registration, and its team. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Added> add(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @Valid @RequestBody MemberResources.NewMemberRequest request) {
        var viewer = keeper(householdId, person);
        var form = request.toForm();
        TeamApiViewers.check(form, errors -> HouseholdForm.checkRow(errors, "", form, DutchTime.today(clock)));
        var memberId = upkeep.addMember(householdId, viewer, form.toNewMember());
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/households/{household}/members/{id}")
                .buildAndExpand(householdId, memberId)
                .toUri();
        return ResponseEntity.created(location).body(new Added(memberId));
    }

    /** H-1: the expected child was born; from now on it takes part in the team. */
    @PostMapping("/{memberId}/birth")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> birth(
            @PathVariable UUID householdId,
            @PathVariable UUID memberId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MemberResources.BirthRequest request) {
        var seen = VersionTag.required(ifMatch);
        var viewer = keeper(householdId, person);
        if (!member(householdId, memberId).unborn()) {
            throw new TeamNotFound();
        }
        var form = request.toForm(seen.version());
        TeamApiViewers.check(form, errors -> form.check(errors, DutchTime.today(clock)));
        try {
            upkeep.recordBirth(
                    householdId, viewer, memberId, form.givenName(), form.familyName(), form.born(), seen.version());
        } catch (MemberChangedMeanwhile e) {
            throw stale(householdId, memberId);
        }
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** H-1: the member moves out of the household's address, or (back) in; he stays in the household. */
    @PutMapping("/{memberId}/address")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> address(
            @PathVariable UUID householdId,
            @PathVariable UUID memberId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MemberResources.AddressRequest request) {
        var seen = VersionTag.required(ifMatch);
        var viewer = viewers.editor(householdId, person);
        try {
            upkeep.recordAddress(householdId, viewer, memberId, request.livesAtAddress(), seen.version());
        } catch (MemberChangedMeanwhile e) {
            throw stale(householdId, memberId);
        }
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** corrects the member's name, date (of birth, or expected) and relation. */
    @PutMapping("/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> rectify(
            @PathVariable UUID householdId,
            @PathVariable UUID memberId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MemberResources.RectificationRequest request) {
        var seen = VersionTag.required(ifMatch);
        var viewer = keeper(householdId, person);
        var unborn = member(householdId, memberId).unborn();
        var form = request.toForm(seen.version());
        TeamApiViewers.check(form, errors -> form.check(errors, unborn, DutchTime.today(clock)));
        try {
            upkeep.rectify(householdId, viewer, memberId, form.toRectification(), seen.version());
        } catch (MemberChangedMeanwhile e) {
            throw stale(householdId, memberId);
        }
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** The household and those who see the plan; not the network; without consent 403 (C-1). */
    private TeamViewer reader(UUID householdId, AccountPrincipal person) {
        var viewer = viewers.member(householdId, person);
        if (!viewer.seesWholeTeam()) {
            throw new TeamNotFound();
        }
        return viewers.seeingPlan(householdId, person);
    }

    /** Only those who keep the household get its forms; for anyone else they do not exist. */
    private TeamViewer keeper(UUID householdId, AccountPrincipal person) {
        var viewer = viewers.editor(householdId, person);
        if (!upkeep.keeps(householdId, viewer)) {
            throw new TeamNotFound();
        }
        return viewer;
    }

    private Member member(UUID householdId, UUID memberId) {
        return households.members(householdId).stream()
                .filter(m -> m.id().equals(memberId))
                .findFirst()
                .orElseThrow(TeamNotFound::new);
    }

    private TeamApiProblems.Stale stale(UUID householdId, UUID memberId) {
        return new TeamApiProblems.Stale(members.versions(householdId).getOrDefault(memberId, 0), "household.stale");
    }
}
