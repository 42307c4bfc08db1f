package nl.eenplan.participation.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.home.SendsETag;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.CoordinationIntensities;
import nl.eenplan.participation.CoordinationIntensity;
import nl.eenplan.participation.IntensityDecision;
import nl.eenplan.participation.IntensiveFunding;
import nl.eenplan.participation.StaleCoordination;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * intensive coordination through the API, as on the coordination page: those who see the whole
 * team read it; the access team of the household's municipality decides it on the version it saw (422 for
 * anyone else, and while the coordinator has no recorded training). Every read and change is logged.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}/coordination/intensity")
class IntensityApiController {

    private final TeamApiViewers viewers;
    private final CoordinationIntensities intensities;

    IntensityApiController(TeamApiViewers viewers, CoordinationIntensities intensities) {
        this.viewers = viewers;
        this.intensities = intensities;
    }

    @SendsETag
    @GetMapping
    ResponseEntity<IntensityResource> intensity(
            @PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal person) {
        var intensity = intensities.read(householdId, viewers.member(householdId, person));
        return ResponseEntity.ok()
                .eTag(VersionTag.of(intensity.version()).header())
                .body(IntensityResource.of(intensity));
    }

    /** the access team decides; R-9: intensive only with a trained coordinator. */
    @PutMapping
    ResponseEntity<IntensityResource> decide(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal person,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody IntensityRequest request) {
        var seen = VersionTag.required(ifMatch);
        var viewer = viewers.editor(householdId, person);
        try {
            var intensity = intensities.decide(householdId, viewer, request.toDecision(), seen.version());
            return ResponseEntity.ok()
                    .eTag(VersionTag.of(intensity.version()).header())
                    .body(IntensityResource.of(intensity));
        } catch (StaleCoordination e) {
            throw new TeamApiProblems.Stale(intensities.of(householdId).version(), "coordination.api.changedMeanwhile");
        }
    }

    /** Whether coordination is intensive, with the agreed effort and its funding when it is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IntensityResource(
            int version,
            boolean intensive,
            Integer hoursPerWeek,
            LocalDate startsOn,
            LocalDate endsOn,
            IntensiveFunding funding,
            String fundingNote) {

        static IntensityResource of(CoordinationIntensity intensity) {
            return new IntensityResource(
                    intensity.version(),
                    intensity.intensive(),
                    intensity.hoursPerWeek(),
                    intensity.startsOn(),
                    intensity.endsOn(),
                    intensity.funding(),
                    intensity.fundingNote());
        }
    }

    /** The decision; when {@code intensive}, hours per week (1-40), both dates and the funding are required. */
    record IntensityRequest(
            @NotNull(message = "{intensive.required}") Boolean intensive,

            @Min(value = 1, message = "{intensive.hours.invalid}")
            @Max(value = 40, message = "{intensive.hours.invalid}")
            Integer hoursPerWeek,

            LocalDate startsOn,
            LocalDate endsOn,
            IntensiveFunding funding,

            @Size(max = 500, message = "{intensive.fundingNote.tooLong}")
            String fundingNote) {

        IntensityDecision toDecision() {
            return new IntensityDecision(intensive, hoursPerWeek, startsOn, endsOn, funding, fundingNote);
        }
    }
}
