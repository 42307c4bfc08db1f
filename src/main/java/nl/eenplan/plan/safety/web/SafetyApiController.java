package nl.eenplan.plan.safety.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.eenplan.home.AnswerLanguage;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.safety.SafetyPlan;
import nl.eenplan.plan.safety.SafetyPlanPart;
import nl.eenplan.plan.safety.SafetyPlanning;
import nl.eenplan.plan.safety.SafetySight;
import org.springframework.context.MessageSource;
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
 * The safety plan through the API (PL-6): read, start, change, evaluate, end, with the same authorization,
 * consent checks and access log as its page; every change on the plan's version (ETag, If-Match).
 * Public only so that the plan's API advice ({@code PlanApiProblems}) can name it.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/plan/safety")
public class SafetyApiController {

    private final PlanAccess access;
    private final SafetyPlanning planning;
    private final MessageSource messages;

    SafetyApiController(PlanAccess access, SafetyPlanning planning, MessageSource messages) {
        this.access = access;
        this.planning = planning;
        this.messages = messages;
    }

    /** The safety plan as this person sees it (X-5: a network member only what names him). */
    record SafetyResource(
            SafetySight.Seen seen, SafetyPlan current, List<SafetyPlan> ended, List<FixedCall> fixedCalls) {}

    /** A number that always holds (Veilig Thuis, 112), in the language of the request. */
    record FixedCall(String when, String whom) {}

    @SendsETag
    @GetMapping
    ResponseEntity<SafetyResource> read(
            @PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal person, HttpServletRequest http) {
        var view = planning.read(householdId, access.viewer(householdId, person));
        var locale = AnswerLanguage.of(http.getHeader("Accept-Language"));
        var fixed = SafetyPlanPart.FIXED_CALLS.stream()
                .map(f -> new FixedCall(
                        messages.getMessage("plan.safety.call.fixed." + f + ".when", null, locale),
                        messages.getMessage("plan.safety.call.fixed." + f + ".whom", null, locale)))
                .toList();
        return ResponseEntity.ok()
                .eTag(VersionTag.of(view.version()).header())
                .body(new SafetyResource(view.seen(), view.current().orElse(null), view.ended(), fixed));
    }

    /** The id of the safety plan started. */
    record Started(UUID id) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Started> start(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody SafetyRequests.Start request) {
        var seen = VersionTag.required(ifMatch);
        var id = planning.start(
                householdId, access.viewer(householdId, person), seen.version(), request.reason(), request.signalId());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(seen.next().header())
                .body(new Started(id));
    }

    @PutMapping
    ResponseEntity<Void> change(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody SafetyRequests.Content request) {
        var seen = VersionTag.required(ifMatch);
        planning.change(householdId, access.viewer(householdId, person), seen.version(), request.content());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    @PostMapping("/moments/{momentId}/evaluation")
    ResponseEntity<Void> evaluate(
            @PathVariable UUID householdId,
            @PathVariable UUID momentId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody SafetyRequests.Evaluation request) {
        var seen = VersionTag.required(ifMatch);
        planning.evaluate(
                householdId,
                access.viewer(householdId, person),
                seen.version(),
                momentId,
                request.on(),
                request.outcome());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    @PostMapping("/end")
    ResponseEntity<Void> end(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody SafetyRequests.End request) {
        var seen = VersionTag.required(ifMatch);
        planning.end(householdId, access.viewer(householdId, person), seen.version(), request.reason());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }
}
