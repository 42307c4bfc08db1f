package nl.eenplan.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.CloseReason;
import nl.eenplan.plan.EarlierPlan;
import nl.eenplan.plan.PlanSnapshot;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * H-4: the household's earlier plans through the API, closed before its current one: the list, the
 * latest first, and each of their established versions, read only, as far as this person sees the
 * current plan (X-5, C-1). Every read is logged.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/plan/earlier")
class EarlierPlanApiController {

    private final PlanSteps steps;

    EarlierPlanApiController(PlanSteps steps) {
        this.steps = steps;
    }

    @GetMapping
    ApiPage<EarlierPlanResource> list(
            @PathVariable UUID householdId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        return paging.of(steps.earlier(householdId, person).stream()
                .map(plan -> resource(householdId, plan))
                .toList());
    }

    @GetMapping("/{planId}/versions/{number}")
    PlanSnapshot version(
            @PathVariable UUID householdId,
            @PathVariable UUID planId,
            @PathVariable int number,
            @AuthenticationPrincipal AccountPrincipal person) {
        return steps.earlierVersion(householdId, person, planId, number);
    }

    /** An earlier plan: when it ran, why it closed, and its established versions with where to read them. */
    record EarlierPlanResource(
            UUID id, LocalDate startedOn, LocalDate closedOn, CloseReason closeReason, List<VersionLink> versions) {}

    /** An established version of an earlier plan: who established it, who agreed, and its address. */
    record VersionLink(int number, LocalDate establishedOn, String establishedBy, List<String> agreedBy, String href) {}

    private static EarlierPlanResource resource(UUID householdId, EarlierPlan plan) {
        return new EarlierPlanResource(
                plan.id(),
                day(plan.startedAt()),
                day(plan.closedAt()),
                plan.closeReason(),
                plan.versions().stream()
                        .map(v -> new VersionLink(
                                v.number(),
                                day(v.establishedAt()),
                                v.establishedBy(),
                                v.agreedBy() == null ? List.of() : v.agreedBy(),
                                "/api/v1/households/" + householdId + "/plan/earlier/" + plan.id() + "/versions/"
                                        + v.number()))
                        .toList());
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(DutchTime.ZONE).toLocalDate();
    }
}
