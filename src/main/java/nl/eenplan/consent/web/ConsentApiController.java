package nl.eenplan.consent.web;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.consent.ConsentAccess;
import nl.eenplan.consent.ConsentFile;
import nl.eenplan.consent.ConsentOverviews;
import nl.eenplan.consent.ConsentRegistry;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The consents of a household through the API (C-1..C-3, X-5), with the pages' use cases and so their
 * authorization and logging: professionals of the team read and record everything, household members
 * read the overview and withdraw for whom they consent; everyone else gets 404.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/consents")
class ConsentApiController {

    private final ConsentAccess access;
    private final ConsentOverviews overviews;
    private final ConsentRegistry registry;

    ConsentApiController(ConsentAccess access, ConsentOverviews overviews, ConsentRegistry registry) {
        this.access = access;
        this.overviews = overviews;
        this.registry = registry;
    }

    /** The consents the person may see, member by member: all of them for a professional with consent. */
    @GetMapping
    ApiPage<ConsentResources.ConsentResource> consents(
            @PathVariable UUID householdId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        return paging.of(ConsentResources.consents(file(householdId, person)));
    }

    /** C-1: who must consent for each member today, and whom a consent can name: what recording one asks. */
    @GetMapping("/required")
    ConsentResources.ConsentRules required(
            @PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal person) {
        return ConsentResources.rules(overviews.forProfessionals(householdId, person.id()), registry.writtenFormDays());
    }

    @SendsETag
    @GetMapping("/{consentId}")
    ResponseEntity<ConsentResources.ConsentResource> consent(
            @PathVariable UUID householdId,
            @PathVariable UUID consentId,
            @AuthenticationPrincipal AccountPrincipal person) {
        // a consent the person may not see is not found before anything is read (or logged).
        overviews.requireDisclosed(householdId, person.id(), consentId);
        var consent = ConsentResources.consent(file(householdId, person), consentId);
        return ResponseEntity.ok()
                .eTag(VersionTag.of(consent.version()).header())
                .body(consent);
    }

    /**
     * C-1..C-3: a professional of the team records a consent. Given by others than exactly those the age
     * rule asks: 422, naming under {@code missing} (or {@code notEntitled}) the members by id.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ConsentResources.Recorded> give(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @Valid @RequestBody ConsentRequests.ConsentRequest request) {
        access.professional(householdId, person.id());
        var id = registry.give(householdId, person.id(), request.toNewConsent());
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/households/{householdId}/consents/{id}")
                .buildAndExpand(householdId, id)
                .toUri();
        return ResponseEntity.created(location).eTag(VersionTag.of(0).header()).body(new ConsentResources.Recorded(id));
    }

    /** C-3: the written form of an oral consent came in today. */
    @PostMapping("/{consentId}/written")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> writtenForm(
            @PathVariable UUID householdId,
            @PathVariable UUID consentId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var seen = VersionTag.required(ifMatch);
        overviews.requireDisclosed(householdId, person.id(), consentId);
        registry.registerWrittenForm(householdId, consentId, seen.version(), person.id());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** Withdrawn from now on: by a professional, or by a household member who consents for that member (C-1). */
    @PostMapping("/{consentId}/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> withdraw(
            @PathVariable UUID householdId,
            @PathVariable UUID consentId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var seen = VersionTag.required(ifMatch);
        overviews.requireDisclosed(householdId, person.id(), consentId);
        registry.withdraw(householdId, consentId, seen.version(), person.id());
        return ResponseEntity.noContent().eTag(seen.next().header()).build();
    }

    /** As the pages: professionals the whole file, the household its overview. */
    private ConsentFile file(UUID householdId, AccountPrincipal person) {
        return access.viewer(householdId, person.id()).professional()
                ? overviews.forProfessionals(householdId, person.id())
                : overviews.forHousehold(householdId, person.id());
    }
}
