package nl.eenplan.escalation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores escalations and their steps, the only writer of their tables; every transition bumps the
 * escalation's version (optimistic lock) and publishes the event it caused.
 */
@Repository
class Escalations {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Escalations(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores a new escalation (E-1) with the stagnation that started it, and publishes its start. */
    void insert(EscalationChange started, UUID stagnationId, Instant now) {
        var e = started.escalation();
        var p = e.parties();
        jdbc.sql("""
                        insert into escalation (id, version, household_id, municipality_id, stagnation_id, action_id,
                          goal_id, action_what, coordinator_id, coordinator_account_id, coordinator_name,
                          coordinator_organisation_id, professional_id, professional_name,
                          professional_organisation_id, current_step, status, started_on, started_at)
                        values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'OPEN', ?, ?)
                        """)
                .params(
                        e.id(),
                        e.householdId(),
                        e.municipalityId(),
                        stagnationId,
                        e.actionId(),
                        e.goalId(),
                        e.actionWhat(),
                        p.coordinatorId(),
                        p.coordinatorAccountId(),
                        p.coordinatorName(),
                        p.coordinatorOrganisationId(),
                        p.professionalId(),
                        p.professionalName(),
                        p.professionalOrganisationId(),
                        e.startedOn(),
                        Timestamp.from(now))
                .update();
        e.steps().forEach(step -> saveStep(e.id(), step));
        events.publishEvent(started.event());
    }

    /**
     * Stores a transition of an escalation read at {@code expectedVersion} and publishes its event;
     * fails when someone else changed the escalation since.
     */
    void save(EscalationChange change, int expectedVersion) {
        var e = change.escalation();
        var ending = e.ending();
        var updated = jdbc.sql("""
                        update escalation set version = version + 1, current_step = ?, status = ?, closed_on = ?,
                          closed_by = ?, plan_action_id = ?
                        where id = ? and version = ?
                        """)
                .params(
                        e.currentStep(),
                        e.open() ? "OPEN" : "CLOSED",
                        e.closedOn(),
                        ending == null ? null : ending.by(),
                        e.planActionId(),
                        e.id(),
                        expectedVersion)
                .update();
        if (updated != 1) {
            throw new EscalationChangedMeanwhile(jdbc.sql("select version from escalation where id = ?")
                    .param(e.id())
                    .query(Integer.class)
                    .optional()
                    .orElse(expectedVersion));
        }
        e.steps().forEach(step -> saveStep(e.id(), step));
        events.publishEvent(change.event());
    }

    /** E-4: the new agreements of a closed escalation became this action in the plan. */
    void agreementsBecame(UUID id, UUID planActionId) {
        jdbc.sql("update escalation set plan_action_id = ? where id = ?")
                .params(planActionId, id)
                .update();
    }

    private void saveStep(UUID escalationId, EscalationStep s) {
        jdbc.sql("""
                        insert into escalation_step (escalation_id, step, owner_account_id, second_owner_account_id,
                          started_on, first_due, commitment_due, met_on, outcome, agreements, agreement_due,
                          intended_result, involvement, note, outcome_by, outcome_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (escalation_id, step) do update set commitment_due = excluded.commitment_due,
                          met_on = excluded.met_on, outcome = excluded.outcome, agreements = excluded.agreements,
                          agreement_due = excluded.agreement_due, intended_result = excluded.intended_result,
                          involvement = excluded.involvement, note = excluded.note, outcome_by = excluded.outcome_by,
                          outcome_on = excluded.outcome_on
                        """)
                .params(
                        escalationId,
                        s.number(),
                        s.ownerAccountId(),
                        s.secondOwnerAccountId(),
                        s.startedOn(),
                        s.firstDue(),
                        s.commitmentDue(),
                        s.metOn(),
                        s.outcome() == null ? null : s.outcome().name(),
                        s.agreements(),
                        s.agreementDue(),
                        s.intendedResult(),
                        s.involvement() == null ? null : s.involvement().name(),
                        s.note(),
                        s.outcomeBy(),
                        s.outcomeOn())
                .update();
    }

    /** The municipal contact point took (or, null, gave up) its seat in the team for this escalation (E-5). */
    void contactPointJoined(UUID id, UUID participantId) {
        jdbc.sql("update escalation set contact_point_participant_id = ? where id = ?")
                .params(participantId, id)
                .update();
    }

    Optional<Escalation> find(UUID id) {
        return withSteps(jdbc.sql("select * from escalation where id = ?")
                        .param(id)
                        .query(EscalationRows::head)
                        .list())
                .stream()
                .findFirst();
    }

    List<Escalation> ofHousehold(UUID householdId) {
        return withSteps(jdbc.sql("select * from escalation where household_id = ? order by started_at desc")
                .param(householdId)
                .query(EscalationRows::head)
                .list());
    }

    /** Whether there is an open escalation about this agreement and this professional. */
    boolean openAbout(UUID actionId, UUID professionalId) {
        return jdbc.sql(
                                "select count(*) from escalation where action_id = ? and professional_id = ? and status = 'OPEN'")
                        .params(actionId, professionalId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * The escalations a manager or contact point oversees (E-2..E-4): those of their organisations'
     * coordinators and professionals, of households in their municipalities, and those in which
     * they own a step; all open ones, and the most recent {@code closedLimit} closed ones.
     */
    List<Escalation> overseenBy(UUID accountId, List<UUID> organisations, List<UUID> municipalities, int closedLimit) {
        var open = overseen(accountId, organisations, municipalities, "OPEN", "e.started_at", Integer.MAX_VALUE);
        var closed = overseen(
                accountId, organisations, municipalities, "CLOSED", "e.closed_on desc, e.started_at desc", closedLimit);
        var all = new ArrayList<Escalation>(open);
        all.addAll(closed);
        return all;
    }

    /** The open escalations in which this person owns the current step, still without outcome. */
    List<Escalation> awaitingOutcomeFrom(UUID accountId) {
        return withSteps(jdbc.sql("""
                        select e.* from escalation e
                        join escalation_step s on s.escalation_id = e.id and s.step = e.current_step
                        where e.status = 'OPEN' and s.outcome is null
                          and (s.owner_account_id = ? or s.second_owner_account_id = ?)
                        """)
                .params(accountId, accountId)
                .query(EscalationRows::head)
                .list());
    }

    /** The owners of current steps without outcome whose next term falls on or before this day. */
    List<UUID> ownersWithTermsUntil(LocalDate day) {
        var due = "(case when s.first_due is not null and s.met_on is null"
                + " then least(s.first_due, s.commitment_due) else s.commitment_due end)";
        var current = " from escalation e join escalation_step s on s.escalation_id = e.id and s.step = e.current_step"
                + " where e.status = 'OPEN' and s.outcome is null and " + due + " <= :day";
        return jdbc.sql("select s.owner_account_id" + current + " union select s.second_owner_account_id" + current
                        + " and s.second_owner_account_id is not null")
                .param("day", day)
                .query(UUID.class)
                .list();
    }

    private List<Escalation> overseen(
            UUID me, List<UUID> organisations, List<UUID> municipalities, String status, String order, int limit) {
        return withSteps(jdbc.sql("""
                        select e.* from escalation e
                        where e.status = :status
                          and (e.coordinator_organisation_id::text = any(string_to_array(:orgs, ','))
                            or e.professional_organisation_id::text = any(string_to_array(:orgs, ','))
                            or e.municipality_id::text = any(string_to_array(:places, ','))
                            or e.id in (select s.escalation_id from escalation_step s
                                        where s.owner_account_id = :me or s.second_owner_account_id = :me))
                        order by\s""" + order + " limit :limit")
                .param("status", status)
                .param("orgs", ids(organisations))
                .param("places", ids(municipalities))
                .param("me", me)
                .param("limit", limit)
                .query(EscalationRows::head)
                .list());
    }

    private List<Escalation> withSteps(List<EscalationRows.Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        var steps = new HashMap<UUID, List<EscalationStep>>();
        jdbc.sql("""
                        select * from escalation_step where escalation_id::text = any(string_to_array(?, ','))
                        order by escalation_id, step
                        """)
                .param(ids(heads.stream().map(EscalationRows.Head::id).toList()))
                .query((rs, n) -> steps.computeIfAbsent(
                                rs.getObject("escalation_id", UUID.class), k -> new ArrayList<>())
                        .add(EscalationRows.step(rs, n)))
                .list();
        return heads.stream()
                .map(h -> h.with(steps.getOrDefault(h.id(), List.of())))
                .toList();
    }

    private static String ids(List<UUID> ids) {
        return String.join(",", ids.stream().map(UUID::toString).toList());
    }
}
