package nl.eenplan.plan.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.consent.ConsentOverviews;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanReading;
import nl.eenplan.plan.PlanSnapshot;
import nl.eenplan.plan.PlanVersions;
import nl.eenplan.plan.web.fhir.ExportedPlan;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the JSON API. Each read is one transaction: who may see it ({@link PlanAccess}), the
 * plan with its audit entry, and the names around it, all from one consistent state.
 */
@Component
class PlanResources {

    private final PlanAccess access;
    private final PlanReading reading;
    private final PlanVersions versions;
    private final Team team;
    private final Coordinations coordinations;
    private final HouseholdRegister households;
    private final ConsentOverviews consents;
    private final Clock clock;

    PlanResources(
            PlanAccess access,
            PlanReading reading,
            PlanVersions versions,
            Team team,
            Coordinations coordinations,
            HouseholdRegister households,
            ConsentOverviews consents,
            Clock clock) {
        this.access = access;
        this.reading = reading;
        this.versions = versions;
        this.team = team;
        this.coordinations = coordinations;
        this.households = households;
        this.consents = consents;
        this.clock = clock;
    }

    @Transactional
    public PlanResource plan(UUID householdId, AccountPrincipal person) {
        var viewer = access.viewer(householdId, person);
        var plan = reading.current(householdId, viewer);
        var household = households.find(householdId).orElseThrow(PlanNotFound::new);
        return PlanResource.of(household, plan, viewer, team.of(householdId), coordinations.of(householdId));
    }

    /**
     * the plan for a FHIR export, decided and read exactly as {@link #plan} does, but logged
     * as an export. Whoever sees the whole plan also gets the consents as his consent overview shows them,
     * read by that overview's own use case; nobody else gets any. One access, one entry: the export's.
     */
    @Transactional
    public ExportedPlan export(UUID householdId, AccountPrincipal person) {
        var viewer = access.viewer(householdId, person);
        var plan = reading.export(householdId, viewer);
        var household = households.find(householdId).orElseThrow(PlanNotFound::new);
        var participants = team.of(householdId);
        var resource = PlanResource.of(household, plan, viewer, participants, coordinations.of(householdId));
        if (!viewer.seesTab1()) {
            return new ExportedPlan(resource, Map.of(), null, clock.instant());
        }
        var members = participants.stream()
                .filter(p -> p.memberId() != null)
                .collect(Collectors.toMap(Participant::id, Participant::memberId));
        return new ExportedPlan(
                resource, members, consents.forHouseholdAsPartOf(householdId, person.id()), clock.instant());
    }

    /** One goal of the plan; one that is not in it (or not for this person, X-5) is not found, and not logged. */
    @Transactional
    public Read<PlanResource.GoalResource> goal(UUID householdId, AccountPrincipal person, UUID goalId) {
        var plan = plan(householdId, person);
        return new Read<>(
                plan.version(),
                plan.goals().stream()
                        .filter(g -> g.id().equals(goalId))
                        .findFirst()
                        .orElseThrow(PlanNotFound::new));
    }

    /** One action of the plan; one that is not in it (or not for this person, X-5) is not found, and not logged. */
    @Transactional
    public Read<PlanResource.ActionResource> action(UUID householdId, AccountPrincipal person, UUID actionId) {
        var plan = plan(householdId, person);
        return new Read<>(
                plan.version(),
                plan.goals().stream()
                        .flatMap(g -> g.actions().stream())
                        .filter(a -> a.id().equals(actionId))
                        .findFirst()
                        .orElseThrow(PlanNotFound::new));
    }

    /** Part of the plan, with the plan's version for the ETag. */
    record Read<T>(int version, T body) {}

    @Transactional
    public List<PlanSnapshot> versions(UUID householdId, AccountPrincipal person) {
        return versions.versions(householdId, access.viewer(householdId, person));
    }

    @Transactional
    public PlanSnapshot version(UUID householdId, AccountPrincipal person, int number) {
        return versions.version(householdId, access.viewer(householdId, person), number);
    }
}
