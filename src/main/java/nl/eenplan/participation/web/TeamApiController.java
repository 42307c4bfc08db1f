package nl.eenplan.participation.web;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.participation.ConsentWarning;
import nl.eenplan.participation.ConsentWarnings;
import nl.eenplan.participation.ParticipantChangedMeanwhile;
import nl.eenplan.participation.ParticipantUpkeep;
import nl.eenplan.participation.TeamNotFound;
import nl.eenplan.participation.TeamWork;
import nl.eenplan.participation.web.TeamResources.Added;
import nl.eenplan.participation.web.TeamResources.ParticipantResource;
import nl.eenplan.participation.web.TeamResources.TeamHistoryResource;
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
 * The team around a household through the API, as its page (H-2, H-3): everyone in the team reads it, a
 * network member only who coordinates and himself, without contact details where the page hides
 * them; those who may edit the plan add and edit participants. Every read is one logged read.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/team")
class TeamApiController {

    private final TeamApiViewers viewers;
    private final TeamWork teamWork;
    private final ParticipantUpkeep upkeep;
    private final OrganisationDirectory organisations;
    private final ConsentWarnings coverage;

    TeamApiController(
            TeamApiViewers viewers,
            TeamWork teamWork,
            ParticipantUpkeep upkeep,
            OrganisationDirectory organisations,
            ConsentWarnings coverage) {
        this.viewers = viewers;
        this.teamWork = teamWork;
        this.upkeep = upkeep;
        this.organisations = organisations;
        this.coverage = coverage;
    }

    @GetMapping
    ApiPage<ParticipantResource> team(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        var overview = teamWork.overview(householdId, viewers.member(householdId, person));
        var versions = upkeep.versions(householdId);
        return paging.of(overview.participants().stream()
                .map(p -> ParticipantResource.of(p, overview, versions))
                .toList());
    }

    /** H-2, H-3, R-7: what changed in the team, newest first; a network member sees none of it. */
    @GetMapping("/history")
    ApiPage<TeamHistoryResource> history(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        var viewer = viewers.member(householdId, person);
        teamWork.overview(householdId, viewer);
        return paging.of(upkeep.history(householdId, viewer).stream()
                .map(TeamHistoryResource::of)
                .toList());
    }

    @SendsETag
    @GetMapping("/{participantId}")
    ResponseEntity<ParticipantResource> participant(
            @PathVariable UUID householdId,
            @PathVariable UUID participantId,
            @AuthenticationPrincipal AccountPrincipal person) {
        var viewer = viewers.member(householdId, person);
        var participant = viewers.reading(() -> {
            var overview = teamWork.overview(householdId, viewer);
            var versions = upkeep.versions(householdId);
            return overview.participants().stream()
                    .filter(p -> p.id().equals(participantId))
                    .findFirst()
                    .map(p -> ParticipantResource.of(p, overview, versions))
                    .orElseThrow(TeamNotFound::new);
        });
        return ResponseEntity.ok()
                .eTag(VersionTag.of(participant.version()).header())
                .body(participant);
    }

    /** H-2: a network member or a professional joins; C-1 warns whom consent does not cover yet. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Added> add(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @Valid @RequestBody TeamRequests.NewParticipantRequest request) {
        var viewer = viewers.editor(householdId, person);
        var form = request.toForm();
        TeamApiViewers.check(
                form,
                errors -> form.check(
                        errors,
                        form.organisationId() != null
                                && organisations.find(form.organisationId()).isPresent()));
        var added = teamWork.add(householdId, viewer, form.toNewParticipant());
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/households/{household}/team/{id}")
                .buildAndExpand(householdId, added.id())
                .toUri();
        var warning = coverage.warning(added).map(ConsentWarning::members).orElse(null);
        return ResponseEntity.created(location).body(new Added(added.id(), warning));
    }

    /** H-2: his relation, reachable days, phone, e-mail and (a professional) organisation. */
    @PutMapping("/{participantId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> edit(
            @PathVariable UUID householdId,
            @PathVariable UUID participantId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TeamRequests.ParticipantRequest request) {
        var seen = VersionTag.required(ifMatch);
        var viewer = viewers.editor(householdId, person);
        var form = request.toForm(seen.version());
        try {
            upkeep.edit(householdId, viewer, participantId, form.toDetails(), seen.version());
        } catch (ParticipantChangedMeanwhile e) {
            throw stale(householdId, participantId);
        }
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    TeamApiProblems.Stale stale(UUID householdId, UUID participantId) {
        return new TeamApiProblems.Stale(
                upkeep.versions(householdId).getOrDefault(participantId, 0), "team.api.changedMeanwhile");
    }
}
