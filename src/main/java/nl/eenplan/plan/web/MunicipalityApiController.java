package nl.eenplan.plan.web;

import java.util.Comparator;
import java.util.UUID;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipalities a household can be registered in, as the registration page offers them: the
 * {@code municipalityId} of {@code POST /api/v1/households} comes from here. For staff only, as that
 * page; no personal data.
 */
@RestController
class MunicipalityApiController {

    private final OrganisationDirectory organisations;

    MunicipalityApiController(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/municipalities")
    ApiPage<Municipality> municipalities(
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        if (person.kind() != AccountKind.STAFF) {
            throw new AccessDeniedException("staff only");
        }
        return paging.of(organisations.all().stream()
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                .map(o -> new Municipality(o.id(), o.name()))
                .sorted(Comparator.comparing(Municipality::name).thenComparing(Municipality::id))
                .toList());
    }

    /** A municipality by its id and name. */
    record Municipality(UUID id, String name) {}
}
