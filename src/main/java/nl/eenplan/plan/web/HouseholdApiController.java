package nl.eenplan.plan.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.home.FieldRules;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.TeamRefused;
import nl.eenplan.plan.PlanRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A professional registers a household through the API, which opens its plan (H-1, H-4). */
@RestController
class HouseholdApiController {

    private final CaseOpening caseOpening;
    private final OrganisationDirectory organisations;

    private final Clock clock;

    HouseholdApiController(CaseOpening caseOpening, OrganisationDirectory organisations, Clock clock) {
        this.clock = clock;
        this.caseOpening = caseOpening;
        this.organisations = organisations;
    }

    @PostMapping("/api/v1/households")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<HouseholdCreated> register(
            @AuthenticationPrincipal AccountPrincipal person, @Valid @RequestBody HouseholdRequest request) {
        if (organisations
                .find(request.municipalityId())
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                .isEmpty()) {
            throw new PlanRefused("household.municipality.required");
        }
        // The registration form's rules for dates of birth and expected birth dates (FieldRules).
        var today = DutchTime.today(clock);
        for (var member : request.members()) {
            if (!FieldRules.isBirthDate(member.dateOfBirth(), today)) {
                throw new PlanRefused("household.member.dateOfBirthInvalid");
            }
            if (!FieldRules.isExpectedBirthDate(member.expectedBirthDate(), today)) {
                throw new PlanRefused("household.member.expectedBirthDateInvalid");
            }
        }
        UUID householdId;
        try {
            householdId = caseOpening.open(person, request.toNewHousehold());
        } catch (TeamRefused e) {
            throw new PlanRefused(e.reason());
        }
        var plan = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/households/{id}/plan")
                .buildAndExpand(householdId)
                .toUri();
        return ResponseEntity.created(plan).body(new HouseholdCreated(householdId, plan.getPath()));
    }

    /** The new household, and where its plan is. */
    record HouseholdCreated(UUID householdId, String plan) {}
}
