package nl.eenplan.plan.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.eenplan.calendar.WorkingDays;
import nl.eenplan.home.DateWarning;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Goals and who does what through the API (G-1, G-2); ETag and If-Match as for the whole plan. */
@RestController
@RequestMapping("/api/v1/households/{householdId}/plan")
class GoalApiController {

    private final PlanResources resources;
    private final PlanChanges changes;
    private final WorkingDays workingDays;
    private final MessageSource messages;

    GoalApiController(PlanResources resources, PlanChanges changes, WorkingDays workingDays, MessageSource messages) {
        this.resources = resources;
        this.changes = changes;
        this.workingDays = workingDays;
        this.messages = messages;
    }

    @PostMapping("/goals")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> addGoal(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody GoalRequest request) {
        var seen = VersionTag.required(ifMatch);
        var goalId = changes.addGoal(householdId, person, seen, request.title());
        return created("/goals/{id}", householdId, new Created(goalId, List.of()), seen);
    }

    @SendsETag
    @GetMapping("/goals/{goalId}")
    ResponseEntity<PlanResource.GoalResource> goal(
            @PathVariable UUID householdId,
            @PathVariable UUID goalId,
            @AuthenticationPrincipal AccountPrincipal person) {
        var goal = resources.goal(householdId, person, goalId);
        return ResponseEntity.ok().eTag(VersionTag.of(goal.version()).header()).body(goal.body());
    }

    @PostMapping("/goals/{goalId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> addAction(
            @PathVariable UUID householdId,
            @PathVariable UUID goalId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ActionRequest request,
            HttpServletRequest http) {
        var seen = VersionTag.required(ifMatch);
        var actionId = changes.addAction(householdId, person, seen, goalId, request.toNewAction());
        return created("/actions/{id}", householdId, new Created(actionId, warnings(request, http)), seen);
    }

    /** a date on a weekend or public holiday is kept, with a warning naming its field. */
    private List<DateNotice> warnings(ActionRequest request, HttpServletRequest http) {
        var locale = PlanApiProblems.language(http.getHeader("Accept-Language"));
        var warnings = new ArrayList<DateNotice>();
        var dates = new LocalDate[] {request.startDate(), request.targetDate(), request.evaluationDate()};
        var fields = new String[] {"startDate", "targetDate", "evaluationDate"};
        for (var i = 0; i < dates.length; i++) {
            var field = fields[i];
            DateWarning.firstNonWorkingDay(Arrays.asList(dates[i]), workingDays::isWorkingDay)
                    .ifPresent(w ->
                            warnings.add(new DateNotice(field, messages.getMessage(w.key(), w.arguments(), locale))));
        }
        return warnings;
    }

    @SendsETag
    @GetMapping("/actions/{actionId}")
    ResponseEntity<PlanResource.ActionResource> action(
            @PathVariable UUID householdId,
            @PathVariable UUID actionId,
            @AuthenticationPrincipal AccountPrincipal person) {
        var action = resources.action(householdId, person, actionId);
        return ResponseEntity.ok()
                .eTag(VersionTag.of(action.version()).header())
                .body(action.body());
    }

    @PutMapping("/actions/{actionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> updateAction(
            @PathVariable UUID householdId,
            @PathVariable UUID actionId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ActionRequest request) {
        var seen = VersionTag.required(ifMatch);
        changes.updateAction(householdId, person, seen, actionId, request.toNewAction());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    private static ResponseEntity<Created> created(String path, UUID householdId, Created created, VersionTag seen) {
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/households/{household}/plan" + path)
                .buildAndExpand(householdId, created.id())
                .toUri();
        return ResponseEntity.created(location).eTag(seen.next().header()).body(created);
    }

    /**
     * The id of what was added, and warnings about what was kept all the same (X-4: a date that is no
     * working day); the ETag header holds the plan's new version.
     */
    record Created(
            UUID id,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DateNotice> warnings) {}

    /** A warning about the value of one field, in the language of the request. */
    record DateNotice(String field, String detail) {}
}
