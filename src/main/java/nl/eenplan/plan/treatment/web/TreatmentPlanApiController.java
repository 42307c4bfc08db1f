package nl.eenplan.plan.treatment.web;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.treatment.TreatmentPlanLink;
import nl.eenplan.plan.treatment.TreatmentPlans;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * PL-7 through the API: the treatment plans the plan mentions, with the same rules, consent checks and
 * access log as the page. Changes name the plan's version in If-Match; the ETag is the plan's version.
 * Public only so that the plan's API advice ({@code PlanApiProblems}) can name it.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/plan/treatment-plans")
public class TreatmentPlanApiController {

    private final PlanAccess access;
    private final TreatmentPlans treatmentPlans;

    TreatmentPlanApiController(PlanAccess access, TreatmentPlans treatmentPlans) {
        this.access = access;
        this.treatmentPlans = treatmentPlans;
    }

    /** A treatment plan link as the API shows it: never the treatment itself. */
    record TreatmentPlanResource(
            UUID id,
            UUID professionalId,
            String professional,
            String organisation,
            String name,
            String reference,
            LocalDate validFrom,
            LocalDate validTo,
            List<UUID> goalIds,
            Instant householdAgreedAt,
            LocalDate endedOn) {

        static TreatmentPlanResource of(TreatmentPlanLink link) {
            return new TreatmentPlanResource(
                    link.id(),
                    link.participantId(),
                    link.professionalName(),
                    link.organisationName(),
                    link.name(),
                    link.reference(),
                    link.validFrom(),
                    link.validTo(),
                    link.goalIds(),
                    link.agreedAt(),
                    link.endedOn());
        }
    }

    /** The id of the treatment plan link that was added; the ETag holds the plan's new version. */
    record Created(UUID id) {}

    @SendsETag
    @GetMapping
    ResponseEntity<ApiPage<TreatmentPlanResource>> list(
            @PathVariable UUID householdId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        var listing = treatmentPlans.list(householdId, access.viewer(householdId, person));
        return ResponseEntity.ok()
                .eTag(VersionTag.of(listing.plan().version()).header())
                .body(paging.of(
                        listing.links().stream().map(TreatmentPlanResource::of).toList()));
    }

    @PostMapping
    ResponseEntity<Created> add(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TreatmentPlanRequest request) {
        var seen = VersionTag.required(ifMatch);
        var id = treatmentPlans.add(householdId, access.viewer(householdId, person), seen.version(), request.details());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(id)
                .toUri();
        return ResponseEntity.created(location).eTag(seen.next().header()).body(new Created(id));
    }

    @SendsETag
    @GetMapping("/{treatmentPlanId}")
    ResponseEntity<TreatmentPlanResource> read(
            @PathVariable UUID householdId,
            @PathVariable UUID treatmentPlanId,
            @AuthenticationPrincipal AccountPrincipal person) {
        var listing = treatmentPlans.read(householdId, access.viewer(householdId, person), treatmentPlanId);
        return ResponseEntity.ok()
                .eTag(VersionTag.of(listing.plan().version()).header())
                .body(TreatmentPlanResource.of(listing.links().getFirst()));
    }

    @PutMapping("/{treatmentPlanId}")
    ResponseEntity<Void> change(
            @PathVariable UUID householdId,
            @PathVariable UUID treatmentPlanId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TreatmentPlanRequest request) {
        var seen = VersionTag.required(ifMatch);
        treatmentPlans.change(
                householdId, access.viewer(householdId, person), seen.version(), treatmentPlanId, request.details());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** PL-7: the treatment ended today; the link stays, as history. */
    @PostMapping("/{treatmentPlanId}/end")
    ResponseEntity<Void> end(
            @PathVariable UUID householdId,
            @PathVariable UUID treatmentPlanId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var seen = VersionTag.required(ifMatch);
        treatmentPlans.end(householdId, access.viewer(householdId, person), seen.version(), treatmentPlanId);
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }
}
