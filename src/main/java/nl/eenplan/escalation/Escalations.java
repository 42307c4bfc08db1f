package nl.eenplan.escalation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores escalations and their steps; every change bumps the escalation's version (optimistic lock). */
@Repository
class Escalations {

    private final JdbcClient jdbc;

    Escalations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Escalation e, UUID stagnationId, Instant now) {
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
        insertStep(e.id(), e.step(1));
    }

    void insertStep(UUID escalationId, EscalationStep s) {
        jdbc.sql("""
                        insert into escalation_step (escalation_id, step, owner_account_id, second_owner_account_id,
                          started_on, first_due, commitment_due)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        escalationId,
                        s.number(),
                        s.ownerAccountId(),
                        s.secondOwnerAccountId(),
                        s.startedOn(),
                        s.firstDue(),
                        s.commitmentDue())
                .update();
    }

    /** Claims the next version, or fails when someone else changed the escalation since {@code expected}. */
    void touch(UUID id, int expected) {
        var updated = jdbc.sql("update escalation set version = version + 1 where id = ? and version = ?")
                .params(id, expected)
                .update();
        if (updated != 1) {
            throw new EscalationChangedMeanwhile();
        }
    }

    void recordOutcome(UUID id, int step, StepOutcome o, UUID by, LocalDate on) {
        jdbc.sql("""
                        update escalation_step set outcome = ?, agreements = ?, agreement_due = ?, intended_result = ?,
                          involvement = ?, note = ?, outcome_by = ?, outcome_on = ?
                        where escalation_id = ? and step = ?
                        """)
                .params(
                        o.outcome().name(),
                        o.agreements(),
                        o.agreementDue(),
                        o.intendedResult(),
                        o.involvement() == null ? null : o.involvement().name(),
                        o.note(),
                        by,
                        on,
                        id,
                        step)
                .update();
    }

    void recordMeeting(UUID id, int step, LocalDate metOn, LocalDate commitmentDue) {
        jdbc.sql("update escalation_step set met_on = ?, commitment_due = ? where escalation_id = ? and step = ?")
                .params(metOn, commitmentDue, id, step)
                .update();
    }

    void raise(UUID id, EscalationStep next) {
        jdbc.sql("update escalation set current_step = ? where id = ?")
                .params(next.number(), id)
                .update();
        insertStep(id, next);
    }

    void contactPointJoined(UUID id, UUID participantId) {
        jdbc.sql("update escalation set contact_point_participant_id = ? where id = ?")
                .params(participantId, id)
                .update();
    }

    void close(UUID id, LocalDate on, UUID by, UUID planActionId) {
        jdbc.sql(
                        "update escalation set status = 'CLOSED', closed_on = ?, closed_by = ?, plan_action_id = ? where id = ?")
                .params(on, by, planActionId, id)
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
    List<EscalationListing> overseenBy(
            UUID accountId, List<UUID> organisations, List<UUID> municipalities, int closedLimit) {
        var open = overseen(accountId, organisations, municipalities, "OPEN", "e.started_at", Integer.MAX_VALUE);
        var closed = overseen(
                accountId, organisations, municipalities, "CLOSED", "e.closed_on desc, e.started_at desc", closedLimit);
        var all = new ArrayList<>(open);
        all.addAll(closed);
        return all;
    }

    /** The open escalations in which this person owns the current step, still without outcome. */
    List<EscalationListing> awaitingOutcomeFrom(UUID accountId) {
        var households = new HashMap<UUID, String>();
        var heads = jdbc.sql("""
                        select e.*, h.name as household_name from escalation e
                        join household h on h.id = e.household_id
                        join escalation_step s on s.escalation_id = e.id and s.step = e.current_step
                        where e.status = 'OPEN' and s.outcome is null
                          and (s.owner_account_id = ? or s.second_owner_account_id = ?)
                        """)
                .params(accountId, accountId)
                .query((rs, n) -> {
                    households.put(rs.getObject("id", UUID.class), rs.getString("household_name"));
                    return EscalationRows.head(rs, n);
                })
                .list();
        return withSteps(heads).stream()
                .map(e -> new EscalationListing(e, households.get(e.id())))
                .toList();
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

    private List<EscalationListing> overseen(
            UUID me, List<UUID> organisations, List<UUID> municipalities, String status, String order, int limit) {
        var households = new HashMap<UUID, String>();
        var heads = jdbc.sql("""
                        select e.*, h.name as household_name from escalation e join household h on h.id = e.household_id
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
                .query((rs, n) -> {
                    households.put(rs.getObject("id", UUID.class), rs.getString("household_name"));
                    return EscalationRows.head(rs, n);
                })
                .list();
        return withSteps(heads).stream()
                .map(e -> new EscalationListing(e, households.get(e.id())))
                .toList();
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
