package nl.eenplan.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.notification.Mailer;
import nl.eenplan.notification.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who coordinates a household's plan: deciding it, handing it over, and its history (R). */
@Service
public class Coordinations {

    private final JdbcClient jdbc;
    private final Team team;
    private final RoleEligibility eligibility;
    private final TrainedCoordinators trained;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final HouseholdRegister households;

    Coordinations(
            JdbcClient jdbc,
            Team team,
            RoleEligibility eligibility,
            TrainedCoordinators trained,
            Mailer mailer,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${eenplan.base-url}") String baseUrl,
            HouseholdRegister households) {
        this.jdbc = jdbc;
        this.team = team;
        this.eligibility = eligibility;
        this.trained = trained;
        this.mailer = mailer;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.households = households;
    }

    @Transactional(readOnly = true)
    public CoordinationState of(UUID householdId) {
        return jdbc.sql("select * from coordination where household_id = ?")
                .param(householdId)
                .query((rs, n) -> new CoordinationState(
                        householdId,
                        rs.getInt("version"),
                        rs.getObject("coordinator_id", UUID.class),
                        rs.getString("form") == null ? null : CoordinationForm.valueOf(rs.getString("form")),
                        criteria(rs.getString("complexity_criteria")),
                        rs.getObject("process_coordinator_id", UUID.class),
                        rs.getString("chosen_by") == null ? null : ChosenBy.valueOf(rs.getString("chosen_by")),
                        rs.getBoolean("threatening"),
                        rs.getBoolean("enforcement_considered"),
                        rs.getBoolean("disputed")))
                .optional()
                .orElse(CoordinationState.none(householdId));
    }

    /**
     * Records who coordinates. Refuses what the method does not allow ({@link CoordinatorRefused}),
     * among which replacing a chosen coordinator: that always goes through {@link #handOver}; and
     * a decision made on an outdated state ({@link StaleCoordination}).
     */
    @Transactional
    public CoordinationState decide(
            UUID householdId, CoordinatorChoice choice, int expectedVersion, UUID actor, boolean actorIsAccessTeam) {
        var current = of(householdId);
        if (current.version() != expectedVersion) {
            throw new StaleCoordination();
        }
        if (current.hasCoordinator() && !current.coordinatorId().equals(choice.coordinatorId())) {
            throw new CoordinatorRefused("coordination.refused.useHandover");
        }
        return record(householdId, current, choice, expectedVersion, actor, actorIsAccessTeam);
    }

    private CoordinationDecided decided(UUID householdId, CoordinatorChoice choice, Instant at) {
        var coordinator = team.of(householdId).stream()
                .filter(p -> p.id().equals(choice.coordinatorId()))
                .findFirst();
        var municipality =
                households.find(householdId).map(h -> h.municipalityId()).orElse(null);
        return new CoordinationDecided(
                householdId,
                municipality,
                choice.coordinatorId(),
                coordinator.map(Participant::accountId).orElse(null),
                coordinator.map(Participant::organisationId).orElse(null),
                choice.form(),
                !choice.complexityCriteria().isEmpty(),
                at);
    }

    private CoordinationState record(
            UUID householdId,
            CoordinationState current,
            CoordinatorChoice choice,
            int expectedVersion,
            UUID actor,
            boolean actorIsAccessTeam) {
        if (current.version() != expectedVersion) {
            throw new StaleCoordination();
        }
        CoordinatorEligibility.check(
                choice, team.of(householdId), actorIsAccessTeam, eligibility.members(householdId), eligibility.today());
        if (!Objects.equals(current.coordinatorId(), choice.coordinatorId())) {
            trained.check(householdId, choice.coordinatorId());
        }
        var at = clock.instant();
        var now = Timestamp.from(at);
        var updated = jdbc.sql("""
                        insert into coordination (household_id, version, coordinator_id, form, complex,
                          complexity_criteria, process_coordinator_id, chosen_by, threatening,
                          enforcement_considered, disputed, updated_at)
                        values (:household, 1, :coordinator, :form, :complex, :criteria, :process, :chosenBy,
                          :threatening, :enforcement, :disputed, :now)
                        on conflict (household_id) do update set
                          version = coordination.version + 1, coordinator_id = :coordinator, form = :form,
                          complex = :complex, complexity_criteria = :criteria, process_coordinator_id = :process,
                          chosen_by = :chosenBy, threatening = :threatening, enforcement_considered = :enforcement,
                          disputed = :disputed, updated_at = :now
                        where coordination.version = :expected
                        """)
                .param("household", householdId)
                .param("coordinator", choice.coordinatorId())
                .param("form", choice.form().name())
                .param("complex", !choice.complexityCriteria().isEmpty())
                .param("criteria", column(choice.complexityCriteria()))
                .param("process", choice.processCoordinatorId())
                .param("chosenBy", choice.chosenBy().name())
                .param("threatening", choice.threatening())
                .param("enforcement", choice.enforcementConsidered())
                .param("disputed", choice.disputed())
                .param("now", now)
                .param("expected", expectedVersion)
                .update();
        if (updated != 1) {
            throw new StaleCoordination();
        }
        var handover = current.hasCoordinator() && !current.coordinatorId().equals(choice.coordinatorId());
        recordHistory(householdId, "COORDINATOR", current.coordinatorId(), choice.coordinatorId(), choice, actor);
        if (!Objects.equals(current.processCoordinatorId(), choice.processCoordinatorId())) {
            recordHistory(
                    householdId,
                    "PROCESS_COORDINATOR",
                    current.processCoordinatorId(),
                    choice.processCoordinatorId(),
                    choice,
                    actor);
        }
        events.publishEvent(decided(householdId, choice, at));
        if (handover || !current.hasCoordinator()) {
            informProfessionals(householdId, handover);
            events.publishEvent(
                    new CoordinationChanged(householdId, choice.coordinatorId(), handover, choice.form(), at));
        }
        return of(householdId);
    }

    /** the coordinator hands over to another participant; the history keeps both. */
    @Transactional
    public CoordinationState handOver(
            UUID householdId, UUID successorId, String note, int expectedVersion, UUID actor) {
        var current = of(householdId);
        if (!current.hasCoordinator()) {
            throw new CoordinatorRefused("coordination.refused.nothingToHandOver");
        }
        var choice = new CoordinatorChoice(
                successorId,
                current.form(),
                current.complexityCriteria(),
                current.processCoordinatorId(),
                current.chosenBy() == ChosenBy.ACCESS_TEAM ? ChosenBy.PARTICIPANTS : current.chosenBy(),
                current.threatening(),
                current.enforcementConsidered(),
                false);
        if (successorId != null && successorId.equals(current.coordinatorId())) {
            throw new CoordinatorRefused("coordination.refused.sameCoordinator");
        }
        var result = record(householdId, current, choice, expectedVersion, actor, false);
        jdbc.sql("""
                update coordination_history set handover_note = ?
                where id = (select max(id) from coordination_history where household_id = ? and role = 'COORDINATOR')
                """).params(note, householdId).update();
        return result;
    }

    /** whom the method points to when safety is at stake and the household does not choose. */
    @Transactional(readOnly = true)
    public Optional<Participant> suggestionWhenThreatening(UUID householdId) {
        return CoordinatorEligibility.suggestionWhenThreatening(team.of(householdId));
    }

    @Transactional(readOnly = true)
    public List<CoordinationHistoryEntry> history(UUID householdId) {
        return jdbc.sql("""
                        select coordinator_id, role, form, chosen_by, started_at, ended_at, handover_note
                        from coordination_history where household_id = ? order by started_at, id
                        """)
                .param(householdId)
                .query(CoordinationHistoryEntry.class)
                .list();
    }

    private void recordHistory(
            UUID householdId, String role, UUID previous, UUID next, CoordinatorChoice choice, UUID actor) {
        if (Objects.equals(previous, next)) {
            return;
        }
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                update coordination_history set ended_at = ?
                where household_id = ? and role = ? and ended_at is null
                """).params(now, householdId, role).update();
        if (next != null) {
            jdbc.sql("""
                    insert into coordination_history (household_id, coordinator_id, role, form, chosen_by,
                      started_at, recorded_by)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            householdId,
                            next,
                            role,
                            choice.form().name(),
                            choice.chosenBy().name(),
                            now,
                            actor)
                    .update();
        }
    }

    /** chain partners hear of the start and of each handover; the mail holds a link only. */
    private void informProfessionals(UUID householdId, boolean handover) {
        var subject = handover ? "mail.coordination.handover.subject" : "mail.coordination.start.subject";
        var body = handover ? "mail.coordination.handover.body" : "mail.coordination.start.body";
        var link = baseUrl + "/households/" + householdId + "/plan";
        team.of(householdId).stream()
                .filter(Participant::isProfessional)
                .filter(Participant::active)
                .filter(p -> p.email() != null)
                .forEach(p -> mailer.send(new OutgoingMail(
                        p.email(),
                        messages.getMessage(subject, null, Locale.forLanguageTag("nl")),
                        messages.getMessage(body, new Object[] {link}, Locale.forLanguageTag("nl")))));
    }

    private static String column(Set<ComplexityCriterion> criteria) {
        return criteria.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<ComplexityCriterion> criteria(String column) {
        var set = EnumSet.noneOf(ComplexityCriterion.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(ComplexityCriterion::valueOf).forEach(set::add);
        }
        return set;
    }
}
