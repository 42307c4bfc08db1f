package nl.eenplan.meeting.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.meeting.RoundTableChangedMeanwhile;
import nl.eenplan.meeting.RoundTableInvitations;
import nl.eenplan.meeting.RoundTables;
import nl.eenplan.meeting.web.RoundTableRequests.AnswerRequest;
import nl.eenplan.meeting.web.RoundTableRequests.InitiativeRequest;
import nl.eenplan.meeting.web.RoundTableRequests.InvitationRequest;
import nl.eenplan.meeting.web.RoundTableRequests.PlanningRequest;
import nl.eenplan.plan.PlanAccess;
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
 * The round tables of a household through the API, as on their pages: the list, taking the initiative
 * (M-2), one round table, planning it in the window of 5 to 15 working days (M-3), inviting (M-1),
 * the invitee's own answer (M-4) and calling it off. The ETag is the round table's version; every
 * change names it in If-Match. Who may do what, the access log and the mails are the use cases'.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/round-tables")
class RoundTableApiController {

    private final PlanAccess access;
    private final RoundTables roundTables;
    private final RoundTableInvitations invitations;
    private final RoundTableWarnings warnings;

    RoundTableApiController(
            PlanAccess access,
            RoundTables roundTables,
            RoundTableInvitations invitations,
            RoundTableWarnings warnings) {
        this.access = access;
        this.roundTables = roundTables;
        this.invitations = invitations;
        this.warnings = warnings;
    }

    /** the round tables this person may see, the newest first. */
    @GetMapping
    ApiPage<RoundTableResource.Summary> list(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        var overview = roundTables.overview(householdId, access.viewer(householdId, person));
        return paging.of(overview.roundTables().stream()
                .map(rt -> RoundTableResource.Summary.of(rt, overview))
                .toList());
    }

    /** M-2: a professional takes the initiative; it does not make him the coordinator. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> takeInitiative(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @Valid @RequestBody InitiativeRequest request) {
        var id = roundTables.takeInitiative(householdId, access.viewer(householdId, person), request.initiatedOn());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(id)
                .toUri();
        return ResponseEntity.created(location).eTag(VersionTag.of(0).header()).body(new Created(id, List.of()));
    }

    @SendsETag
    @GetMapping("/{roundTableId}")
    ResponseEntity<RoundTableResource> roundTable(
            @PathVariable UUID householdId,
            @PathVariable UUID roundTableId,
            @AuthenticationPrincipal AccountPrincipal person) {
        var detail = roundTables.detail(householdId, roundTableId, access.viewer(householdId, person));
        return ResponseEntity.ok()
                .eTag(VersionTag.of(detail.roundTable().version()).header())
                .body(RoundTableResource.of(detail));
    }

    /**
     * M-3, M-4: when and where, the chair and the minute taker. A day outside the window, or on a
     * weekend or public holiday, is kept with a warning; so is a chair or minute taker no consent
     * covers (C-1). Invitees get the changed invitation.
     */
    @PutMapping("/{roundTableId}/planning")
    ResponseEntity<Planned> plan(
            @PathVariable UUID householdId,
            @PathVariable UUID roundTableId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PlanningRequest request,
            HttpServletRequest http) {
        var seen = VersionTag.required(ifMatch);
        var planned = roundTables.plan(
                householdId,
                roundTableId,
                access.viewer(householdId, person),
                seen.version(),
                request.toSchedule(),
                request.chairId(),
                request.minuteTakerId());
        var notices = warnings.ofPlanning(householdId, planned, request, http);
        return ResponseEntity.ok()
                .eTag(VersionTag.of(planned.version()).header())
                .body(new Planned(planned.outsideWindow(), notices));
    }

    /** M-1: invites the household and all or some of the team; each gets a mail with the invitation. */
    @PostMapping("/{roundTableId}/invitations")
    ResponseEntity<Saved> invite(
            @PathVariable UUID householdId,
            @PathVariable UUID roundTableId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody InvitationRequest request,
            HttpServletRequest http) {
        var seen = VersionTag.required(ifMatch);
        invitations.invite(
                householdId, roundTableId, access.viewer(householdId, person), seen.version(), request.chosen());
        return ResponseEntity.ok()
                .eTag(seen.next().header())
                .body(new Saved(warnings.ofConsent(householdId, "participantIds", request.chosen(), http)));
    }

    /**
     * M-4: the invitee's own answer about the invitation with {@code sequence}; when the meeting changed
     * since, 409: read it again. A replacement gets the invitation by mail.
     */
    @PostMapping("/{roundTableId}/answers")
    ResponseEntity<Void> answer(
            @PathVariable UUID householdId,
            @PathVariable UUID roundTableId,
            @AuthenticationPrincipal AccountPrincipal person,
            @Valid @RequestBody AnswerRequest request) {
        var viewer = access.viewer(householdId, person);
        var reply = request.toReply();
        try {
            invitations.answer(householdId, roundTableId, viewer, request.sequence(), reply);
        } catch (RoundTableChangedMeanwhile e) {
            throw new RoundTableApiProblems.InvitationChanged();
        }
        return ResponseEntity.noContent().build();
    }

    /** Calls the round table off; invitees get a cancellation that removes it from their calendar. */
    @PostMapping("/{roundTableId}/cancellation")
    ResponseEntity<Void> cancel(
            @PathVariable UUID householdId,
            @PathVariable UUID roundTableId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var seen = VersionTag.required(ifMatch);
        roundTables.cancel(householdId, roundTableId, access.viewer(householdId, person), seen.version());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** The new round table; the ETag header holds its first version. */
    record Created(
            UUID id,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RoundTableWarnings.Notice> warnings) {}

    /** A change that was kept, with what to take note of (C-1, X-4). */
    record Saved(@JsonInclude(JsonInclude.Include.NON_EMPTY) List<RoundTableWarnings.Notice> warnings) {}

    /** M-3: planned, and whether the day lies outside the window; the warnings say what to check. */
    record Planned(
            boolean outsideWindow,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RoundTableWarnings.Notice> warnings) {}
}
