package nl.eenplan.participation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who coordinates a household's plan, for the people in its team: everyone who takes part sees it
 * only those who may edit the plan decide or hand over. Every read and write is logged.
 */
@Service
public class CoordinationWork {

    private final Coordinations coordinations;
    private final Team team;
    private final HouseholdRegister households;
    private final OrganisationDirectory organisations;
    private final RoleEligibility eligibility;
    private final AuditLog audit;

    CoordinationWork(
            Coordinations coordinations,
            Team team,
            HouseholdRegister households,
            OrganisationDirectory organisations,
            RoleEligibility eligibility,
            AuditLog audit) {
        this.coordinations = coordinations;
        this.team = team;
        this.households = households;
        this.organisations = organisations;
        this.eligibility = eligibility;
        this.audit = audit;
    }

    @Transactional
    public CoordinationOverview overview(UUID householdId, TeamViewer viewer) {
        viewer.in(householdId);
        var state = coordinations.of(householdId);
        var whole = viewer.seesWholeTeam();
        // a network member sees where coordination sits, and nothing of the rest of the team.
        var history = whole
                ? coordinations.history(householdId).stream()
                        .map(CoordinationWork::period)
                        .toList()
                : List.<CoordinationOverview.Period>of();
        var participants = team.of(householdId).stream()
                .filter(p -> whole
                        || state.coordinatedBy(p)
                        || p.id().equals(viewer.participant().id()))
                .toList();
        var mayEdit = viewer.mayEdit();
        var overview = new CoordinationOverview(
                households.find(householdId).orElseThrow(TeamNotFound::new),
                state,
                participants,
                organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name)),
                whole ? coordinations.suggestionWhenThreatening(householdId).orElse(null) : null,
                history,
                mayEdit ? eligibility.eligible(householdId, Role.COORDINATOR) : List.<Participant>of(),
                mayEdit ? eligibility.eligible(householdId, Role.PROCESS_COORDINATOR) : List.<Participant>of(),
                whole);
        log(viewer, "COORDINATION_READ", householdId);
        return overview;
    }

    /** Records who coordinates; refusals of the method and stale versions come from {@link Coordinations}. */
    @Transactional
    public CoordinationState decide(
            UUID householdId, TeamViewer viewer, CoordinatorChoice choice, int expectedVersion, boolean accessTeam) {
        viewer.editing(householdId);
        var state = coordinations.decide(householdId, choice, expectedVersion, viewer.accountId(), accessTeam);
        log(viewer, "COORDINATION_DECIDED", householdId);
        return state;
    }

    /** hands coordination over to another participant; the history keeps both. */
    @Transactional
    public CoordinationState handOver(
            UUID householdId, TeamViewer viewer, UUID successorId, String note, int expectedVersion) {
        viewer.editing(householdId);
        var state = coordinations.handOver(householdId, successorId, note, expectedVersion, viewer.accountId());
        log(viewer, "COORDINATION_HANDED_OVER", householdId);
        return state;
    }

    private void log(TeamViewer viewer, String event, UUID householdId) {
        audit.record(
                new AuditEvent(viewer.accountId(), null, event, "household", householdId.toString(), householdId, null)
                        .on(viewer.accessBasis()));
    }

    private static CoordinationOverview.Period period(CoordinationHistoryEntry entry) {
        return new CoordinationOverview.Period(
                entry.coordinatorId(),
                entry.role(),
                LocalDateTime.ofInstant(entry.startedAt(), DutchTime.ZONE),
                entry.endedAt() == null ? null : LocalDateTime.ofInstant(entry.endedAt(), DutchTime.ZONE),
                entry.handoverNote());
    }
}
