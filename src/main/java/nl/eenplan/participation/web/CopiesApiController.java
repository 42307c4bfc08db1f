package nl.eenplan.participation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
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
 * H-3: who receives a copy of the plan, as the form on the team page: the household and the active
 * professionals always do (PL-9); for the network and the copy-only professionals the household chooses.
 * Only those who may change the team get it. Its entity tag follows who receives a copy now.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/team/copies")
class CopiesApiController {

    private final TeamApiViewers viewers;
    private final TeamWork teamWork;
    private final Team team;

    CopiesApiController(TeamApiViewers viewers, TeamWork teamWork, Team team) {
        this.viewers = viewers;
        this.teamWork = teamWork;
        this.team = team;
    }

    /** Who receives a copy, and for whom one may choose; part of the team's logged read. */
    @SendsETag
    @GetMapping
    ResponseEntity<Copies> copies(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal person) {
        var overview = teamWork.overview(householdId, viewers.editor(householdId, person));
        var receiving = receiving(overview.participants());
        var always = overview.copyChoices().stream()
                .filter(overview::alwaysReceivesCopy)
                .map(Participant::id)
                .sorted()
                .toList();
        var choices =
                overview.copyChoices().stream().map(Participant::id).sorted().toList();
        return ResponseEntity.ok()
                .eTag(TeamApiViewers.tagOf(receiving).header())
                .body(new Copies(receiving, always, choices));
    }

    /** H-3: exactly these receive a copy, besides those who always do. */
    @PutMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> choose(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CopiesRequest request) {
        var seen = VersionTag.required(ifMatch);
        var viewer = viewers.editor(householdId, person);
        var after = viewers.changing(() -> {
            var before = TeamApiViewers.tagOf(receiving(team.of(householdId)));
            teamWork.chooseCopyRecipients(householdId, viewer, Set.copyOf(request.receiving()));
            if (before.version() != seen.version()) {
                throw new TeamApiProblems.Stale(before.version(), "team.api.copiesChangedMeanwhile");
            }
            return TeamApiViewers.tagOf(receiving(team.of(householdId)));
        });
        return ResponseEntity.noContent().eTag(after.header()).build();
    }

    private static List<UUID> receiving(List<Participant> participants) {
        return participants.stream()
                .filter(Participant::receivesCopy)
                .map(Participant::id)
                .sorted()
                .toList();
    }

    /**
     * Who receives a copy now; who always does (the household, active professionals: PL-9); and all for
     * whom it is chosen here (not an expected child, H-1).
     */
    record Copies(List<UUID> receiving, List<UUID> always, List<UUID> choices) {}

    /** {@code PUT}: the participants who receive a copy; those who always do may be left out. */
    record CopiesRequest(
            @NotNull(message = "{error.unacceptableInput}") @Size(max = 100, message = "{error.unacceptableInput}")
            Set<@NotNull(message = "{error.unacceptableInput}") UUID> receiving) {}
}
