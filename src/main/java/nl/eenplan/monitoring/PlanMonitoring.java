package nl.eenplan.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.eenplan.participation.CoordinationForm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MON-1, MON-2: what monitoring knows, read from its own read model only; no request scans other
 * modules' tables. Holds no personal data: ids, forms, dates and counts.
 */
@Service
public class PlanMonitoring {

    private final JdbcClient jdbc;

    PlanMonitoring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of one household's plan; empty when no event about it arrived yet. */
    @Transactional(readOnly = true)
    public Optional<HouseholdFacts> ofHousehold(UUID householdId) {
        return jdbc.sql("""
                        with h as (select cast(:household as uuid) as household_id)
                        select h.household_id, p.municipality_id, p.coordinator_id, p.coordination_form,
                          p.coordinated_since, p.plan_id, p.plan_started_at, p.plan_established_at, p.plan_closed_at,
                          (select count(*) from monitoring_escalation_fact e
                            where e.household_id = h.household_id and e.ended_on is null) as open_escalations,
                          (select coalesce(max(step), 0) from monitoring_escalation_fact e
                            where e.household_id = h.household_id and e.ended_on is null) as highest_open_step,
                          (select count(*) from monitoring_escalation_fact e
                            where e.household_id = h.household_id and e.ended_on is not null) as ended_escalations,
                          (select count(*) from monitoring_round_table_fact r
                            where r.household_id = h.household_id and r.held_on is not null) as held,
                          (select count(*) from monitoring_round_table_fact r
                            where r.household_id = h.household_id and r.held_within_window) as held_within_window,
                          (select count(*) from monitoring_consent_fact c where c.household_id = h.household_id
                            and c.given_at is not null and c.withdrawn_at is null) as consents_in_force,
                          (select count(*) from monitoring_consent_fact c
                            where c.household_id = h.household_id and c.withdrawn_at is not null) as consents_withdrawn,
                          p.household_id is not null
                            or exists (select 1 from monitoring_escalation_fact e where e.household_id = h.household_id)
                            or exists (select 1 from monitoring_round_table_fact r where r.household_id = h.household_id)
                            or exists (select 1 from monitoring_consent_fact c where c.household_id = h.household_id)
                            as known
                        from h left join monitoring_plan_fact p on p.household_id = h.household_id
                        """)
                .param("household", householdId)
                .query((rs, n) -> rs.getBoolean("known") ? facts(rs) : null)
                .optional();
    }

    /** MON-2: the open escalations of a municipality by the step they are at (1 to 4). */
    @Transactional(readOnly = true)
    public Map<Integer, Integer> openEscalationsByStep(UUID municipalityId) {
        var byStep = new LinkedHashMap<Integer, Integer>();
        jdbc.sql("""
                        select step, count(*) from monitoring_escalation_fact
                        where municipality_id = ? and ended_on is null group by step order by step
                        """)
                .param(municipalityId)
                .query((rs, n) -> byStep.put(rs.getInt(1), rs.getInt(2)))
                .list();
        return byStep;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static HouseholdFacts facts(ResultSet rs) throws SQLException {
        var form = rs.getString("coordination_form");
        var since = rs.getTimestamp("coordinated_since");
        return new HouseholdFacts(
                rs.getObject("household_id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("coordinator_id", UUID.class),
                form == null ? null : CoordinationForm.valueOf(form),
                since == null ? null : since.toInstant(),
                rs.getObject("plan_id", UUID.class),
                instant(rs, "plan_started_at"),
                instant(rs, "plan_established_at"),
                instant(rs, "plan_closed_at"),
                rs.getInt("open_escalations"),
                rs.getInt("highest_open_step"),
                rs.getInt("ended_escalations"),
                rs.getInt("held"),
                rs.getInt("held_within_window"),
                rs.getInt("consents_in_force"),
                rs.getInt("consents_withdrawn"));
    }
}
