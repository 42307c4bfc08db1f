package nl.eenplan.consent.web;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.consent.ConsentOverviews;
import nl.eenplan.consent.SharingWithoutConsent;
import nl.eenplan.consent.Signalling;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Concerns about a member through the API, for the team's professionals only, as on the consents
 * page: decisions about sharing without consent (C-5) and signals (C-6), newest first.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/consents")
class ConcernsApiController {

    private final ConsentOverviews overviews;
    private final SharingWithoutConsent sharing;
    private final Signalling signalling;

    ConcernsApiController(ConsentOverviews overviews, SharingWithoutConsent sharing, Signalling signalling) {
        this.overviews = overviews;
        this.sharing = sharing;
        this.signalling = signalling;
    }

    @GetMapping("/overrides")
    ApiPage<ConsentResources.OverrideResource> overrides(
            @PathVariable UUID householdId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        return paging.of(ConsentResources.overrides(overviews.forProfessionals(householdId, person.id())));
    }

    /** C-5: after the five questions and a discussion in the own team, to share or not to share. */
    @PostMapping("/overrides")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ConsentResources.Recorded> recordOverride(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @Valid @RequestBody ConsentRequests.OverrideRequest request) {
        var id = sharing.record(householdId, person.id(), request.toNewOverride());
        return created(householdId, "overrides", id);
    }

    @GetMapping("/signals")
    ApiPage<ConsentResources.SignalResource> signals(
            @PathVariable UUID householdId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        return paging.of(ConsentResources.signals(overviews.forProfessionals(householdId, person.id())));
    }

    /** C-6: a registration in the referral index (members under 23) or a step of the reporting code. */
    @PostMapping("/signals")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ConsentResources.Recorded> recordSignal(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @Valid @RequestBody ConsentRequests.SignalRequest request) {
        var id = signalling.record(householdId, person.id(), request.toNewSignal());
        return created(householdId, "signals", id);
    }

    /** Where the list holding what was recorded is; decisions and signals have no page of their own. */
    private static ResponseEntity<ConsentResources.Recorded> created(UUID householdId, String list, UUID id) {
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/households/{householdId}/consents/" + list)
                .buildAndExpand(householdId)
                .toUri();
        return ResponseEntity.created(location).body(new ConsentResources.Recorded(id));
    }
}
