package nl.eenplan.plan.web;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What happens to a goal and its actions after they are planned, through the API: evaluating the goal
 * (G-3), marking an action done (G-4) and moving a goal up in the household's priority (G-1). Each
 * change names the plan's version in If-Match and gets the new one back in the ETag.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/plan")
class GoalStepsApiController {

    private final PlanSteps steps;

    GoalStepsApiController(PlanSteps steps) {
        this.steps = steps;
    }

    /** G-3: the goal to evaluate, with its earlier evaluations; for those who may change the plan. */
    @SendsETag
    @GetMapping("/goals/{goalId}/evaluation")
    ResponseEntity<PlanResource.GoalResource> toEvaluate(
            @PathVariable UUID householdId,
            @PathVariable UUID goalId,
            @AuthenticationPrincipal AccountPrincipal person) {
        var goal = steps.toEvaluate(householdId, person, goalId);
        return ResponseEntity.ok().eTag(VersionTag.of(goal.version()).header()).body(goal.body());
    }

    /** G-3: a reached goal closes (to be celebrated); one not reached stays open with what was learnt. */
    @PostMapping("/goals/{goalId}/evaluation")
    ResponseEntity<Evaluated> evaluate(
            @PathVariable UUID householdId,
            @PathVariable UUID goalId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody EvaluationRequest request) {
        var seen = VersionTag.required(ifMatch);
        steps.evaluate(householdId, person, seen, goalId, request);
        return ResponseEntity.ok()
                .eTag(seen.next().header())
                .body(new Evaluated(
                        Boolean.TRUE.equals(request.reached()),
                        "/api/v1/households/" + householdId + "/plan/goals/" + goalId));
    }

    /** G-4: whoever does the action, or anyone who may edit the plan, marks it done. */
    @PostMapping("/actions/{actionId}/done")
    ResponseEntity<Void> markDone(
            @PathVariable UUID householdId,
            @PathVariable UUID actionId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var seen = VersionTag.required(ifMatch);
        steps.markDone(householdId, person, seen, actionId);
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** G-1: the household's priority; moves the goal one place up. */
    @PostMapping("/goals/{goalId}/raise")
    ResponseEntity<Void> raise(
            @PathVariable UUID householdId,
            @PathVariable UUID goalId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var seen = VersionTag.required(ifMatch);
        steps.raiseGoal(householdId, person, seen, goalId);
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** Whether the goal was reached (and so closed), and where to read it now. */
    record Evaluated(boolean goalReached, String goal) {}
}
