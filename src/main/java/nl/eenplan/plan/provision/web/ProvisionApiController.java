package nl.eenplan.plan.provision.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.Paging;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.provision.DecisionRequest;
import nl.eenplan.plan.provision.DecisionRequests;
import nl.eenplan.plan.provision.MemberLawEntry;
import nl.eenplan.plan.provision.Provisions;
import nl.eenplan.plan.provision.web.ProvisionResources.Created;
import nl.eenplan.plan.provision.web.ProvisionResources.MemberLawResource;
import nl.eenplan.plan.provision.web.ProvisionResources.ProvisionResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * Tab 3 of the plan through the API (PL-3, PL-10): the same use cases, checks and logging as the page;
 * every change on the plan's version (ETag / If-Match of the whole plan).
 * Public only so that the plan's API advice ({@code PlanApiProblems}) can name it.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/plan/provisions")
public class ProvisionApiController {

    private final PlanAccess access;
    private final Provisions provisions;
    private final DecisionRequests requests;

    ProvisionApiController(PlanAccess access, Provisions provisions, DecisionRequests requests) {
        this.access = access;
        this.provisions = provisions;
        this.requests = requests;
    }

    @SendsETag
    @GetMapping
    ResponseEntity<ApiPage<ProvisionResource>> list(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        var tab = provisions.read(householdId, access.viewer(householdId, person));
        return ResponseEntity.ok()
                .eTag(VersionTag.of(tab.plan().version()).header())
                .body(paging.of(
                        tab.provisions().stream().map(ProvisionResource::of).toList()));
    }

    @PostMapping
    ResponseEntity<Created> add(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProvisionBody body) {
        var seen = VersionTag.required(ifMatch);
        var id = provisions.add(householdId, access.viewer(householdId, person), seen.version(), body.toRequest());
        var location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(id)
                .toUri();
        return ResponseEntity.created(location).eTag(seen.next().header()).body(new Created(id));
    }

    @SendsETag
    @GetMapping("/{provisionId}")
    ResponseEntity<ProvisionResource> one(
            @PathVariable UUID householdId,
            @PathVariable UUID provisionId,
            @AuthenticationPrincipal AccountPrincipal person) {
        var viewer = access.viewer(householdId, person);
        var provision = provisions.one(householdId, viewer, provisionId);
        var version = provisions.planVersion(householdId, viewer);
        return ResponseEntity.ok().eTag(VersionTag.of(version).header()).body(ProvisionResource.of(provision));
    }

    @PutMapping("/{provisionId}")
    ResponseEntity<Void> change(
            @PathVariable UUID householdId,
            @PathVariable UUID provisionId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProvisionBody body) {
        var seen = VersionTag.required(ifMatch);
        provisions.change(
                householdId,
                access.viewer(householdId, person),
                seen.version(),
                provisionId,
                body.toRequest(),
                body.status());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    @PostMapping("/{provisionId}/withdraw")
    ResponseEntity<Void> withdraw(
            @PathVariable UUID householdId,
            @PathVariable UUID provisionId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var seen = VersionTag.required(ifMatch);
        provisions.withdraw(householdId, access.viewer(householdId, person), seen.version(), provisionId);
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    @SendsETag
    @GetMapping("/laws")
    ResponseEntity<ApiPage<MemberLawResource>> laws(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        var tab = provisions.read(householdId, access.viewer(householdId, person));
        return ResponseEntity.ok()
                .eTag(VersionTag.of(tab.plan().version()).header())
                .body(paging.of(tab.members().stream()
                        .filter(m -> !m.member().unborn())
                        .map(MemberLawResource::of)
                        .toList()));
    }

    @PutMapping("/laws/{memberId}")
    ResponseEntity<Void> law(
            @PathVariable UUID householdId,
            @PathVariable UUID memberId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MemberLawBody body) {
        var seen = VersionTag.required(ifMatch);
        provisions.setLaw(
                householdId,
                access.viewer(householdId, person),
                seen.version(),
                new MemberLawEntry(memberId, body.law(), body.supportRequestedOn(), body.personalPlanReceivedOn()));
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** PL-3: the decision request, shaped after iJw JW315 (docs/adr/0033). */
    @GetMapping(value = "/decision-request", produces = MediaType.APPLICATION_JSON_VALUE)
    DecisionRequest decisionRequest(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal person) {
        return requests.json(householdId, access.viewer(householdId, person));
    }

    /** PL-3: the decision request as a PDF the household can read. */
    @GetMapping(value = "/decision-request.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> decisionRequestPdf(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            HttpServletRequest request) {
        var pdf = requests.pdf(householdId, access.viewer(householdId, person), ApiProblem.language(request));
        return ProvisionController.download(pdf, MediaType.APPLICATION_PDF, "aanvraag-beschikking.pdf");
    }
}
