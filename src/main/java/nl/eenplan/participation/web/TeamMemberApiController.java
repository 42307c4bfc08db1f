package nl.eenplan.participation.web;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Departure;
import nl.eenplan.participation.Leaving;
import nl.eenplan.participation.ParticipantChangedMeanwhile;
import nl.eenplan.participation.ParticipantUpkeep;
import nl.eenplan.participation.StaleCoordination;
import nl.eenplan.participation.TeamNotFound;
import nl.eenplan.participation.TeamRefused;
import nl.eenplan.participation.TeamWork;
import nl.eenplan.participation.web.TeamResources.Invited;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * One participant through the API, as on his pages (H-2, H-3, R-7): taking part or receiving a copy
 * only, leaving the team on an end date (a coordinator hands over first), and an invitation to log in.
 * Each change names in If-Match the participant's version it was made on.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/team/{participantId}")
class TeamMemberApiController {

    private final TeamApiViewers viewers;
    private final ParticipantUpkeep upkeep;
    private final Leaving leaving;
    private final Coordinations coordinations;
    private final TeamWork teamWork;

    TeamMemberApiController(
            TeamApiViewers viewers,
            ParticipantUpkeep upkeep,
            Leaving leaving,
            Coordinations coordinations,
            TeamWork teamWork) {
        this.viewers = viewers;
        this.upkeep = upkeep;
        this.leaving = leaving;
        this.coordinations = coordinations;
        this.teamWork = teamWork;
    }

    /** H-3: takes part, or receives a copy only; the household decides (and the coordinator). */
    @PutMapping("/participation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> participation(
            @PathVariable UUID householdId,
            @PathVariable UUID participantId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TeamRequests.ParticipationRequest request) {
        var seen = VersionTag.required(ifMatch);
        var viewer = viewers.editor(householdId, person);
        try {
            upkeep.switchTo(householdId, viewer, participantId, request.active(), seen.version());
        } catch (ParticipantChangedMeanwhile e) {
            throw stale(householdId, participantId);
        }
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /**
     * leaves the team on the end date; a coordinator names his successor and the version of
     * coordination he saw, and hands over in the same change. The chain is mailed.
     */
    @PostMapping("/leave")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> leave(
            @PathVariable UUID householdId,
            @PathVariable UUID participantId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TeamRequests.LeaveRequest request) {
        var seen = VersionTag.required(ifMatch);
        var viewer = viewers.editor(householdId, person);
        var choice = leaving.choice(householdId, viewer, participantId);
        if (choice.coordinator() && request.successorId() != null) {
            TeamApiViewers.check(request, errors -> coordinationVersion(request, errors));
        }
        var coordinationVersion = request.coordinationVersion() == null ? 0 : request.coordinationVersion();
        try {
            leaving.leaveTeam(
                    householdId,
                    viewer,
                    participantId,
                    new Departure(
                            request.endedOn(),
                            request.successorId(),
                            request.note(),
                            seen.version(),
                            coordinationVersion));
        } catch (ParticipantChangedMeanwhile e) {
            throw stale(householdId, participantId);
        } catch (StaleCoordination e) {
            throw new TeamApiProblems.Stale(
                    coordinations.of(householdId).version(), "coordination.api.changedMeanwhile");
        }
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** H-2: lets him log in: links the account of the address, or invites a new one. */
    @PostMapping("/invitation")
    ResponseEntity<Invited> invite(
            @PathVariable UUID householdId,
            @PathVariable UUID participantId,
            @AuthenticationPrincipal AccountPrincipal person,
            @Valid @RequestBody TeamRequests.InvitationRequest request) {
        var viewer = viewers.editor(householdId, person);
        try {
            var outcome = teamWork.invite(householdId, viewer, participantId, request.email());
            return ResponseEntity.ok(new Invited(outcome.name()));
        } catch (TeamRefused e) {
            if (e.reason().equals("team.invite.participantRequired")) {
                throw new TeamNotFound();
            }
            throw e;
        }
    }

    /** a coordinator hands over first, on the version of coordination he saw. */
    private static void coordinationVersion(TeamRequests.LeaveRequest request, Errors errors) {
        if (request.coordinationVersion() == null) {
            errors.rejectValue("coordinationVersion", "team.api.coordinationVersionRequired");
        }
    }

    private TeamApiProblems.Stale stale(UUID householdId, UUID participantId) {
        return new TeamApiProblems.Stale(
                upkeep.versions(householdId).getOrDefault(participantId, 0), "team.api.changedMeanwhile");
    }
}
