package nl.eenplan.implementation.web;

import java.util.UUID;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.implementation.MunicipalFrameworks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * IMP-1: a municipality's frameworks through the API, as on its page: read by its staff and the
 * professionals working in its households (anyone else 404), changed by its agenda holders, contact
 * points and administrators (other readers 403) on the version in If-Match; every version as history.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{municipalityId}/framework")
class FrameworkApiController {

    private final MunicipalFrameworks frameworks;

    FrameworkApiController(MunicipalFrameworks frameworks) {
        this.frameworks = frameworks;
    }

    @SendsETag
    @GetMapping
    ResponseEntity<FrameworkResource> current(
            @PathVariable UUID municipalityId, @AuthenticationPrincipal AccountPrincipal person) {
        var current = frameworks.current(municipalityId, person);
        return ResponseEntity.ok()
                .eTag(VersionTag.of(current.version()).header())
                .body(FrameworkResource.of(current));
    }

    /** Every recorded version, newest first. */
    @GetMapping("/versions")
    ApiPage<FrameworkResource> versions(
            @PathVariable UUID municipalityId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        return paging.of(frameworks.history(municipalityId, person).stream()
                .map(FrameworkResource::of)
                .toList());
    }

    @PutMapping
    ResponseEntity<FrameworkResource> change(
            @PathVariable UUID municipalityId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody FrameworkRequest request) {
        var seen = VersionTag.required(ifMatch);
        var version = frameworks.change(municipalityId, person, seen.version(), request.framework());
        return ResponseEntity.ok()
                .eTag(VersionTag.of(version).header())
                .body(FrameworkResource.of(frameworks.current(municipalityId, person)));
    }
}
