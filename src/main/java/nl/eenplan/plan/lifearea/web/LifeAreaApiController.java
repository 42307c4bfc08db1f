package nl.eenplan.plan.lifearea.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.lifearea.Assessment;
import nl.eenplan.plan.lifearea.LifeArea;
import nl.eenplan.plan.lifearea.LifeAreaNote;
import nl.eenplan.plan.lifearea.LifeAreas;
import nl.eenplan.plan.lifearea.MatrixDomain;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * PL-4, C-2: tab 4 through the API, with the same use cases, consent checks and logging as its page; every
 * change names the plan's version in If-Match, and answers with the plan's new ETag.
 * Public only so that the plan's API advice ({@code PlanApiProblems}) can name it.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/plan/life-areas")
public class LifeAreaApiController {

    private final LifeAreas lifeAreas;
    private final PlanAccess access;

    LifeAreaApiController(LifeAreas lifeAreas, PlanAccess access) {
        this.lifeAreas = lifeAreas;
        this.access = access;
    }

    @SendsETag
    @GetMapping
    ResponseEntity<Tab4Resource> read(
            @PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal person) {
        var tab = lifeAreas.read(householdId, access.viewer(householdId, person));
        var goals = tab.plan().goals().stream()
                .map(g -> new GoalAreas(g.id(), g.title(), tab.areasOf(g.id())))
                .toList();
        return ResponseEntity.ok()
                .eTag(VersionTag.of(tab.plan().version()).header())
                .body(new Tab4Resource(tab.seesAreas(), tab.notes(), tab.concernsWithoutGoal(), goals));
    }

    @PutMapping("/{area}")
    ResponseEntity<Void> update(
            @PathVariable UUID householdId,
            @PathVariable LifeArea area,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody LifeAreaRequests.Area request) {
        var seen = VersionTag.required(ifMatch);
        lifeAreas.update(householdId, access.viewer(householdId, person), seen.version(), request.toNote(area));
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    @GetMapping("/assessments")
    ApiPage<AssessmentResource> assessments(
            @PathVariable UUID householdId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        var tab = lifeAreas.read(householdId, access.viewer(householdId, person));
        return paging.of(tab.assessments().reversed().stream()
                .map(AssessmentResource::of)
                .toList());
    }

    @PostMapping("/assessments")
    ResponseEntity<Created> assess(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody LifeAreaRequests.Assessment request) {
        var seen = VersionTag.required(ifMatch);
        var id = lifeAreas.assess(householdId, access.viewer(householdId, person), seen.version(), request.toNew());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(
                        HttpHeaders.LOCATION,
                        "/api/v1/households/" + householdId + "/plan/life-areas/assessments/" + id)
                .eTag(seen.next().header())
                .body(new Created(id));
    }

    @GetMapping("/assessments/{assessmentId}")
    AssessmentResource assessment(
            @PathVariable UUID householdId,
            @PathVariable UUID assessmentId,
            @AuthenticationPrincipal AccountPrincipal person) {
        return AssessmentResource.of(
                lifeAreas.assessment(householdId, access.viewer(householdId, person), assessmentId));
    }

    @PutMapping("/goals/{goalId}")
    ResponseEntity<Void> link(
            @PathVariable UUID householdId,
            @PathVariable UUID goalId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody LifeAreaRequests.GoalAreas request) {
        var seen = VersionTag.required(ifMatch);
        lifeAreas.link(householdId, access.viewer(householdId, person), seen.version(), goalId, request.areas());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** Tab 4: the life areas (empty without consent for assessments, C-2), concerns without a goal, goals. */
    record Tab4Resource(
            boolean seesLifeAreas,
            List<LifeAreaNote> lifeAreas,
            List<LifeArea> concernsWithoutGoal,
            List<GoalAreas> goals) {}

    /** The life areas one goal addresses. */
    record GoalAreas(UUID goalId, String title, Set<LifeArea> areas) {}

    /** One assessment: a level per domain assessed (domains left out were not assessed). */
    record AssessmentResource(
            UUID id,
            UUID memberId,
            LocalDate assessedOn,
            String assessedBy,
            Map<MatrixDomain, Integer> scores,
            String note) {

        static AssessmentResource of(Assessment a) {
            return new AssessmentResource(a.id(), a.memberId(), a.assessedOn(), a.assessedBy(), a.scores(), a.note());
        }
    }

    /** The id of what was added; the ETag header holds the plan's new version. */
    record Created(UUID id) {}
}
