package nl.eenplan.participation;

import java.time.Clock;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A professional registers a household: the household and its members, the professional and the
 * members as the first participants, and (through {@link CaseOpened}) a draft plan (H-1, H-2, H-4), in one
 * transaction.
 */
@Service
public class CaseOpening {

    private final HouseholdRegister households;
    private final Team team;
    private final OrganisationDirectory organisations;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    CaseOpening(
            HouseholdRegister households,
            Team team,
            OrganisationDirectory organisations,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.households = households;
        this.team = team;
        this.organisations = organisations;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns the new household's id. Only staff with an organisation can open a case. */
    @Transactional
    public UUID open(AccountPrincipal professional, NewHousehold household) {
        var organisation = organisations.membershipsOf(professional.id()).stream()
                .findFirst()
                .orElseThrow(() -> new TeamRefused("household.register.noOrganisation"));
        var ids = households.register(
                household.name(),
                household.municipalityId(),
                household.street(),
                household.postcode(),
                household.city(),
                household.members());
        var householdId = ids.getFirst();
        for (int i = 0; i < household.members().size(); i++) {
            var member = household.members().get(i);
            team.add(
                    householdId,
                    // H-1, H-3: an expected child takes no part and receives no copy.
                    NewParticipant.householdMember(
                            ids.get(i + 1),
                            member.givenName() + " " + member.familyName(),
                            member.relation(),
                            member.dateOfBirth() != null),
                    null);
        }
        var opener = team.add(
                householdId,
                NewParticipant.professional(
                        organisation.organisationId(),
                        professional.displayName(),
                        organisation.organisationName(),
                        professional.email()),
                professional.id());
        // H-4: the plan opens its draft within this transaction (a listener of the plan module).
        events.publishEvent(new CaseOpened(householdId, professional.id(), clock.instant()));
        audit.record(new AuditEvent(
                        professional.id(),
                        null,
                        "HOUSEHOLD_REGISTERED",
                        "household",
                        householdId.toString(),
                        householdId,
                        null)
                .on(AccessBasis.participation(opener.id())));
        return householdId;
    }
}
