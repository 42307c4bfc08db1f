package nl.eenplan.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffRoster;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * the access team of the household's municipality decides whether its coordination is
 * intensive and records the agreed effort and its funding; from then only a trained coordinator may take
 * it. Those who see the whole team read it; every read and change is logged.
 */
@Service
public class CoordinationIntensities {

    private final JdbcClient jdbc;
    private final Coordinations coordinations;
    private final TrainedCoordinators trained;
    private final HouseholdRegister households;
    private final StaffRoster roster;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CoordinationIntensities(
            JdbcClient jdbc,
            Coordinations coordinations,
            TrainedCoordinators trained,
            HouseholdRegister households,
            StaffRoster roster,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.coordinations = coordinations;
        this.trained = trained;
        this.households = households;
        this.roster = roster;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** As it is stored, without a check or a log entry: for the callers that already did both. */
    @Transactional(readOnly = true)
    public CoordinationIntensity of(UUID householdId) {
        return jdbc.sql("select * from coordination_intensity where household_id = ?")
                .param(householdId)
                .query((rs, n) -> new CoordinationIntensity(
                        householdId,
                        rs.getInt("version"),
                        rs.getBoolean("intensive"),
                        (Integer) rs.getObject("hours_per_week"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getString("funding") == null ? null : IntensiveFunding.valueOf(rs.getString("funding")),
                        rs.getString("funding_note"),
                        rs.getObject("decided_by", UUID.class),
                        rs.getTimestamp("decided_at").toInstant()))
                .optional()
                .orElse(CoordinationIntensity.none(householdId));
    }

    /** Reads it for someone in the team who sees the whole team; logged. */
    @Transactional
    public CoordinationIntensity read(UUID householdId, TeamViewer viewer) {
        if (!viewer.in(householdId).seesWholeTeam()) {
            throw new TeamNotFound();
        }
        log(viewer, "COORDINATION_READ", householdId);
        return of(householdId);
    }

    /** whether this viewer decides it: he may edit the plan and is in the access team of its municipality. */
    @Transactional(readOnly = true)
    public boolean mayDecide(UUID householdId, TeamViewer viewer) {
        return viewer.mayEdit() && accessTeam(householdId, viewer.accountId());
    }

    /** Whether the coordinator now has the training R-9 asks, for the page to say so. */
    @Transactional(readOnly = true)
    public boolean coordinatorTrained(UUID householdId) {
        var coordinator = coordinations.of(householdId).coordinatorId();
        return coordinator != null && trained.trained(householdId, coordinator);
    }

    /**
     * records the access team's decision on the version seen. Refused ({@link CoordinatorRefused})
     * for anyone outside the access team of the household's municipality, for an incomplete effort, and
     * for intensive coordination while the coordinator has no recorded training; {@link StaleCoordination}
     * on an older version.
     */
    @Transactional
    public CoordinationIntensity decide(
            UUID householdId, TeamViewer viewer, IntensityDecision decision, int expectedVersion) {
        viewer.editing(householdId);
        if (!accessTeam(householdId, viewer.accountId())) {
            throw new CoordinatorRefused("intensive.refused.onlyAccessTeam");
        }
        var kept = decision.checked();
        if (of(householdId).version() != expectedVersion) {
            throw new StaleCoordination();
        }
        var coordinator = coordinations.of(householdId).coordinatorId();
        if (kept.intensive() && coordinator != null && !trained.trained(householdId, coordinator)) {
            throw new CoordinatorRefused("coordination.refused.untrainedForIntensive");
        }
        var updated = jdbc.sql("""
                        insert into coordination_intensity (household_id, version, intensive, hours_per_week, starts_on,
                          ends_on, funding, funding_note, decided_by, decided_at)
                        values (:household, 1, :intensive, :hours, :starts, :ends, :funding, :note, :by, :now)
                        on conflict (household_id) do update set version = coordination_intensity.version + 1,
                          intensive = :intensive, hours_per_week = :hours, starts_on = :starts, ends_on = :ends,
                          funding = :funding, funding_note = :note, decided_by = :by, decided_at = :now
                        where coordination_intensity.version = :expected
                        """)
                .param("household", householdId)
                .param("intensive", kept.intensive())
                .param("hours", kept.hoursPerWeek())
                .param("starts", kept.startsOn())
                .param("ends", kept.endsOn())
                .param("funding", kept.funding() == null ? null : kept.funding().name())
                .param("note", kept.fundingNote())
                .param("by", viewer.accountId())
                .param("now", Timestamp.from(clock.instant()))
                .param("expected", expectedVersion)
                .update();
        if (updated != 1) {
            throw new StaleCoordination();
        }
        log(viewer, "COORDINATION_INTENSITY_DECIDED", householdId);
        var decided = of(householdId);
        events.publishEvent(new CoordinationIntensityDecided(householdId, decided.intensive(), decided.version()));
        return decided;
    }

    private boolean accessTeam(UUID householdId, UUID accountId) {
        var household = households.find(householdId).orElseThrow(TeamNotFound::new);
        return roster.municipalitiesOf(accountId, StaffRole.ACCESS_TEAM_MEMBER).contains(household.municipalityId());
    }

    private void log(TeamViewer viewer, String event, UUID householdId) {
        audit.record(
                new AuditEvent(viewer.accountId(), null, event, "household", householdId.toString(), householdId, null)
                        .on(viewer.accessBasis()));
    }
}
