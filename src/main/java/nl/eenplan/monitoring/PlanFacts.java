package nl.eenplan.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the facts of monitoring's read model, the only writer of its tables. Every write is keyed
 * by what the event is about, so an event delivered again leaves the same facts. The parts of a plan fact
 * that the last event sets (coordination, tab 1) keep the time of that event, and an older event
 * delivered late changes them no more (MON-1).
 */
@Repository
class PlanFacts {

    /** An upsert changes the coordination only with an event not older than the one that set it. */
    private static final String NOT_OLDER_COORDINATION = """
            where monitoring_plan_fact.coordination_at is null
              or monitoring_plan_fact.coordination_at <= excluded.coordination_at
            """;

    private final JdbcClient jdbc;

    PlanFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** who coordinates now, in which form, since {@code since}; by an event of {@code at} (null: unknown). */
    void coordinated(UUID householdId, UUID coordinatorId, String form, Instant since, Instant at) {
        jdbc.sql("""
                        insert into monitoring_plan_fact (household_id, coordinator_id, coordination_form, coordinated_since,
                          coordination_at, updated_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (household_id) do update set coordinator_id = excluded.coordinator_id,
                          coordination_form = excluded.coordination_form,
                          coordinated_since = excluded.coordinated_since, coordination_at = excluded.coordination_at,
                          updated_at = excluded.updated_at
                        """ + NOT_OLDER_COORDINATION)
                .params(householdId, coordinatorId, form, Timestamp.from(since), timestamp(at), Timestamp.from(since))
                .update();
    }

    /**
     * H-4: the household's current plan; a plan started later replaces an earlier one, an event about
     * the earlier plan arriving late does not.
     */
    void planStarted(UUID householdId, UUID planId, Instant at) {
        jdbc.sql("""
                        insert into monitoring_plan_fact (household_id, plan_id, plan_started_at, updated_at)
                        values (?, ?, ?, ?)
                        on conflict (household_id) do update set plan_id = excluded.plan_id,
                          plan_started_at = excluded.plan_started_at, plan_established_at = null, plan_closed_at = null,
                          updated_at = excluded.updated_at
                        where monitoring_plan_fact.plan_started_at is null
                          or monitoring_plan_fact.plan_started_at < excluded.plan_started_at
                        """)
                .params(householdId, planId, Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    /** PL-10: when the current plan was first established (later versions keep that date). */
    void planEstablished(UUID householdId, UUID planId, Instant at) {
        jdbc.sql("""
                        update monitoring_plan_fact set plan_established_at = coalesce(plan_established_at, ?),
                          updated_at = ?
                        where household_id = ? and plan_id = ?
                        """)
                .params(Timestamp.from(at), Timestamp.from(at), householdId, planId)
                .update();
    }

    /** when the current plan closed. */
    void planClosed(UUID householdId, UUID planId, Instant at) {
        jdbc.sql("""
                        update monitoring_plan_fact set plan_closed_at = ?, updated_at = ?
                        where household_id = ? and plan_id = ?
                        """)
                .params(Timestamp.from(at), Timestamp.from(at), householdId, planId)
                .update();
    }

    void inMunicipality(UUID householdId, UUID municipalityId, Instant now) {
        jdbc.sql("""
                        insert into monitoring_plan_fact (household_id, municipality_id, updated_at) values (?, ?, ?)
                        on conflict (household_id) do update set municipality_id = excluded.municipality_id,
                          updated_at = excluded.updated_at
                        """).params(householdId, municipalityId, Timestamp.from(now)).update();
    }

    void escalationAt(UUID escalationId, UUID householdId, UUID municipalityId, int step, LocalDate on) {
        jdbc.sql("""
                        insert into monitoring_escalation_fact (escalation_id, household_id, municipality_id, step,
                          started_on, step_since)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (escalation_id) do update set step = greatest(monitoring_escalation_fact.step,
                          excluded.step), step_since = case when excluded.step >= monitoring_escalation_fact.step
                          then excluded.step_since else monitoring_escalation_fact.step_since end,
                          started_on = least(monitoring_escalation_fact.started_on, excluded.started_on)
                        """)
                .params(escalationId, householdId, municipalityId, step, on, on)
                .update();
    }

    void escalationEnded(UUID escalationId, UUID householdId, UUID municipalityId, int step, LocalDate on) {
        jdbc.sql("""
                        insert into monitoring_escalation_fact (escalation_id, household_id, municipality_id, step,
                          ended_on)
                        values (?, ?, ?, ?, ?)
                        on conflict (escalation_id) do update set ended_on = excluded.ended_on
                        """)
                .params(escalationId, householdId, municipalityId, step, on)
                .update();
    }

    void roundTableInitiated(UUID roundTableId, UUID householdId, LocalDate initiatedOn, LocalDate windowLatest) {
        jdbc.sql("""
                        insert into monitoring_round_table_fact (round_table_id, household_id, initiated_on, window_latest)
                        values (?, ?, ?, ?)
                        on conflict (round_table_id) do update set initiated_on = excluded.initiated_on,
                          window_latest = excluded.window_latest
                        """)
                .params(roundTableId, householdId, initiatedOn, windowLatest)
                .update();
    }

    void roundTableHeld(UUID roundTableId, UUID householdId, LocalDate heldOn, boolean withinWindow) {
        jdbc.sql("""
                        insert into monitoring_round_table_fact (round_table_id, household_id, held_on, held_within_window)
                        values (?, ?, ?, ?)
                        on conflict (round_table_id) do update set held_on = excluded.held_on,
                          held_within_window = excluded.held_within_window
                        """).params(roundTableId, householdId, heldOn, withinWindow).update();
    }

    void roundTableCancelled(UUID roundTableId, UUID householdId) {
        jdbc.sql("""
                        insert into monitoring_round_table_fact (round_table_id, household_id, cancelled)
                        values (?, ?, true)
                        on conflict (round_table_id) do update set cancelled = true
                        """).params(roundTableId, householdId).update();
    }

    void consentGiven(UUID consentId, UUID householdId, Instant at) {
        jdbc.sql("""
                        insert into monitoring_consent_fact (consent_id, household_id, given_at) values (?, ?, ?)
                        on conflict (consent_id) do update set given_at = excluded.given_at
                        """).params(consentId, householdId, Timestamp.from(at)).update();
    }

    void consentWithdrawn(UUID consentId, UUID householdId, Instant at) {
        jdbc.sql("""
                        insert into monitoring_consent_fact (consent_id, household_id, withdrawn_at) values (?, ?, ?)
                        on conflict (consent_id) do update set withdrawn_at = excluded.withdrawn_at
                        """).params(consentId, householdId, Timestamp.from(at)).update();
    }

    /** R-3, MON-2: coordination as decided, with the household's municipality and the coordinator's organisation. */
    void decided(
            UUID householdId,
            UUID municipalityId,
            UUID coordinatorId,
            UUID coordinatorAccountId,
            UUID organisationId,
            String form,
            boolean complex,
            Instant at) {
        jdbc.sql("""
                        insert into monitoring_plan_fact (household_id, municipality_id, coordinator_id, coordinator_account_id,
                          organisation_id, coordination_form, coordination_complex, coordinated_since, coordination_at,
                          updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (household_id) do update set
                          municipality_id = coalesce(excluded.municipality_id, monitoring_plan_fact.municipality_id),
                          coordinator_id = excluded.coordinator_id, organisation_id = excluded.organisation_id,
                          coordinator_account_id = excluded.coordinator_account_id,
                          coordination_form = excluded.coordination_form,
                          coordination_complex = excluded.coordination_complex,
                          coordinated_since = coalesce(monitoring_plan_fact.coordinated_since, excluded.coordinated_since),
                          coordination_at = excluded.coordination_at, updated_at = excluded.updated_at
                        """ + NOT_OLDER_COORDINATION)
                .params(
                        householdId,
                        municipalityId,
                        coordinatorId,
                        coordinatorAccountId,
                        organisationId,
                        form,
                        complex,
                        Timestamp.from(at),
                        Timestamp.from(at),
                        Timestamp.from(at))
                .update();
        spread(householdId);
    }

    /**
     * PL-8, PL-10: whether the current plan rests on a family-group plan, and its legal dates, as tab 1 said
     * at {@code at} (null: unknown); an older tab 1 than the fact holds changes nothing.
     */
    void tab1(
            UUID householdId,
            UUID planId,
            boolean familyGroupPlan,
            LocalDate requestedOn,
            LocalDate noFamilyGroupOn,
            Instant at) {
        jdbc.sql("""
                        update monitoring_plan_fact set family_group_plan = ?, written_plan_requested_on = ?,
                          no_family_group_plan_on = ?, tab1_at = ?
                        where household_id = ? and plan_id = ? and (tab1_at is null or tab1_at <= ?)
                        """)
                .params(
                        familyGroupPlan,
                        requestedOn,
                        noFamilyGroupOn,
                        timestamp(at),
                        householdId,
                        planId,
                        timestamp(at))
                .update();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /** Copies the household's municipality and organisation onto its escalations and round tables. */
    void spread(UUID householdId) {
        jdbc.sql("""
                        update monitoring_escalation_fact e set organisation_id = p.organisation_id
                        from monitoring_plan_fact p where p.household_id = e.household_id and e.household_id = ?
                          and e.organisation_id is distinct from p.organisation_id
                        """).param(householdId).update();
        jdbc.sql("""
                        update monitoring_round_table_fact r set municipality_id = p.municipality_id,
                          organisation_id = p.organisation_id
                        from monitoring_plan_fact p where p.household_id = r.household_id and r.household_id = ?
                          and (r.municipality_id is distinct from p.municipality_id
                            or r.organisation_id is distinct from p.organisation_id)
                        """).param(householdId).update();
    }
}
