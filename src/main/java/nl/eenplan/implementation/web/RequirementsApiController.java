package nl.eenplan.implementation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.implementation.CoordinatorStanding;
import nl.eenplan.implementation.ProviderRecords;
import nl.eenplan.implementation.ProviderRequirements;
import nl.eenplan.implementation.ProviderStanding;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * IMP-4: the basic requirements of providers through the API, as on their pages: the provider's staff
 * and the municipality that buys its care read them; its attention officers and managers record the
 * facts its data cannot show, on the version they saw. No household's data is read.
 */
@RestController
class RequirementsApiController {

    private final ProviderRequirements requirements;
    private final ProviderRecords records;

    RequirementsApiController(ProviderRequirements requirements, ProviderRecords records) {
        this.requirements = requirements;
        this.records = records;
    }

    @SendsETag
    @GetMapping("/api/v1/providers/{providerId}/requirements")
    ResponseEntity<StandingResource> standing(
            @PathVariable UUID providerId, @AuthenticationPrincipal AccountPrincipal person) {
        var standing = requirements.standing(person.id(), providerId);
        return ResponseEntity.ok()
                .eTag(VersionTag.of(standing.commitment().version()).header())
                .body(StandingResource.of(standing));
    }

    /** IMP-4: how each provider of the municipality stands, a page at a time. */
    @GetMapping("/api/v1/municipalities/{municipalityId}/providers")
    ApiPage<StandingResource> providers(
            @PathVariable UUID municipalityId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        return paging.of(requirements.ofMunicipality(person.id(), municipalityId).stream()
                .map(StandingResource::of)
                .toList());
    }

    /** IMP-4: the facts the provider records (method adopted, training plan); implementation follows its checklist. */
    @PutMapping("/api/v1/providers/{providerId}/requirements")
    ResponseEntity<StandingResource> commit(
            @PathVariable UUID providerId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CommitmentRequest request) {
        var seen = VersionTag.required(ifMatch);
        records.commit(person.id(), providerId, seen.version(), request.methodAdoptedOn(), request.trainingPlan());
        var standing = requirements.standing(person.id(), providerId);
        return ResponseEntity.ok()
                .eTag(VersionTag.of(standing.commitment().version()).header())
                .body(StandingResource.of(standing));
    }

    /**
     * One provider's standing on each basic requirement, and its coordinators. Implementation is done
     * when every item of its newest checklist is done (IMP-3): how many are, and on which day the last was.
     */
    record StandingResource(
            UUID providerId,
            String provider,
            int version,
            LocalDate methodAdoptedOn,
            LocalDate implementationDoneOn,
            int implementationItemsDone,
            int implementationItemsTotal,
            boolean methodAdopted,
            boolean attentionOfficer,
            boolean implementationDone,
            boolean coordinatorsAssessed,
            boolean trainingPlan,
            boolean coordinatorsTrained,
            boolean meetsAll,
            List<CoordinatorResource> coordinators) {

        static StandingResource of(ProviderStanding s) {
            return new StandingResource(
                    s.providerId(),
                    s.providerName(),
                    s.commitment().version(),
                    s.commitment().methodAdoptedOn(),
                    s.implementation().doneOn(),
                    s.implementation().progress().done(),
                    s.implementation().progress().total(),
                    s.methodAdopted(),
                    s.attentionOfficer(),
                    s.implementationDone(),
                    s.coordinatorsAssessed(),
                    s.trainingPlan(),
                    s.coordinatorsTrained(),
                    s.meetsAll(),
                    s.coordinators().stream().map(CoordinatorResource::of).toList());
        }
    }

    /** A coordinator of the provider: his trainings (IMP-5) and his assessment (IMP-6). */
    record CoordinatorResource(
            UUID accountId, String name, boolean basicTraining, boolean chairing, LocalDate assessedOn) {

        static CoordinatorResource of(CoordinatorStanding c) {
            return new CoordinatorResource(c.accountId(), c.name(), c.basicTraining(), c.chairing(), c.assessedOn());
        }
    }

    /** The facts to record; a date left out means: not (yet) so. */
    record CommitmentRequest(
            LocalDate methodAdoptedOn,

            @NotNull(message = "{requirements.trainingPlan.required}")
            Boolean trainingPlan) {}
}
