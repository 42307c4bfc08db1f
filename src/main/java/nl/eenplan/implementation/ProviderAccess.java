package nl.eenplan.implementation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import org.springframework.stereotype.Component;

/**
 * IMP-4: who sees a provider's basic requirements (administrators, its own staff, and the staff of the
 * municipality that buys its care: the municipality itself and its access teams) and who records them
 * (administrators, the provider's attention officers and managers).
 */
@Component
class ProviderAccess {

    private final OrganisationDirectory organisations;
    private final AccountDirectory accounts;

    ProviderAccess(OrganisationDirectory organisations, AccountDirectory accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /** The provider, when this person may see its requirements; otherwise {@link RequirementsNotFound}. */
    Organisation provider(UUID accountId, UUID providerId) {
        var provider = organisations
                .find(providerId)
                .filter(o -> o.kind() == OrganisationKind.PROVIDER)
                .orElseThrow(RequirementsNotFound::new);
        if (!administrator(accountId)
                && !worksIn(accountId, provider.id())
                && (provider.municipalityId() == null || !worksForMunicipality(accountId, provider.municipalityId()))) {
            throw new RequirementsNotFound();
        }
        return provider;
    }

    /** The municipality, when this person works for it (or administers EenPlan); otherwise not found. */
    Organisation municipality(UUID accountId, UUID municipalityId) {
        var municipality = organisations
                .find(municipalityId)
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                .orElseThrow(RequirementsNotFound::new);
        if (!administrator(accountId) && !worksForMunicipality(accountId, municipalityId)) {
            throw new RequirementsNotFound();
        }
        return municipality;
    }

    /** Whether this person records the provider's commitments and recruitment records. */
    boolean mayRecord(UUID accountId, UUID providerId) {
        return administrator(accountId)
                || organisations.membershipsOf(accountId).stream()
                        .anyMatch(m -> m.organisationId().equals(providerId)
                                && (m.role() == StaffRole.ATTENTION_OFFICER || m.role() == StaffRole.MANAGER));
    }

    /**
     * Where this person looks at requirements: the providers he works for and the municipalities he
     * works for (through the municipality itself or its access team); every municipality for an
     * administrator.
     */
    List<Organisation> places(UUID accountId) {
        if (administrator(accountId)) {
            return organisations.all().stream()
                    .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                    .toList();
        }
        var places = new LinkedHashMap<UUID, Organisation>();
        for (var membership : organisations.membershipsOf(accountId)) {
            organisations.find(membership.organisationId()).ifPresent(o -> {
                var place = o.kind() == OrganisationKind.ACCESS_TEAM && o.municipalityId() != null
                        ? organisations.find(o.municipalityId()).orElse(o)
                        : o;
                places.putIfAbsent(place.id(), place);
            });
        }
        return List.copyOf(places.values());
    }

    private boolean administrator(UUID accountId) {
        return accounts.find(accountId)
                .filter(a -> a.kind() == AccountKind.ADMINISTRATOR)
                .isPresent();
    }

    private boolean worksIn(UUID accountId, UUID organisationId) {
        return organisations.membershipsOf(accountId).stream()
                .anyMatch(m -> m.organisationId().equals(organisationId));
    }

    /** The municipality itself or one of its access teams (not another provider in it). */
    private boolean worksForMunicipality(UUID accountId, UUID municipalityId) {
        return organisations.membershipsOf(accountId).stream()
                .map(m -> organisations.find(m.organisationId()).orElse(null))
                .filter(o -> o != null && o.kind() != OrganisationKind.PROVIDER)
                .anyMatch(o -> o.id().equals(municipalityId) || municipalityId.equals(o.municipalityId()));
    }
}
