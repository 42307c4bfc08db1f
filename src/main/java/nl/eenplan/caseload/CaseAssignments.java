package nl.eenplan.caseload;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of who the access team made responsible for a household; the newest without end is current. */
@Repository
class CaseAssignments {

    private final JdbcClient jdbc;

    CaseAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The household as this module may know it: its name and municipality, from the published view. */
    record Household(UUID id, String name, UUID municipalityId) {}

    /** One assignment; {@code endedAt} is null for the current one. */
    record Entry(
            UUID id,
            UUID accessTeamId,
            UUID assigneeId,
            String assigneeName,
            UUID assignedBy,
            Instant assignedAt,
            Instant endedAt) {}

    Optional<Household> household(UUID householdId) {
        return jdbc.sql("select id, name, municipality_id from household_search_v where id = ?")
                .param(householdId)
                .query(Household.class)
                .optional();
    }

    boolean hasPlan(UUID householdId) {
        return jdbc.sql("select count(*) from plan_status_v where household_id = ?")
                        .param(householdId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Newest first. */
    List<Entry> history(UUID householdId) {
        return jdbc.sql("""
                        select id, access_team_id, assignee_id, assignee_name, assigned_by, assigned_at, ended_at
                        from case_assignment where household_id = ? order by assigned_at desc, ended_at desc nulls first
                        """).param(householdId).query(Entry.class).list();
    }

    /** The current assignment, locked for the rest of the transaction. */
    Optional<UUID> currentForUpdate(UUID householdId) {
        return jdbc.sql("select id from case_assignment where household_id = ? and ended_at is null for update")
                .param(householdId)
                .query(UUID.class)
                .optional();
    }

    void end(UUID assignmentId, Instant at) {
        jdbc.sql("update case_assignment set ended_at = ? where id = ?")
                .params(Timestamp.from(at), assignmentId)
                .update();
    }

    UUID add(UUID householdId, UUID accessTeamId, UUID assigneeId, String assigneeName, UUID by, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into case_assignment
                          (id, household_id, access_team_id, assignee_id, assignee_name, assigned_by, assigned_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, householdId, accessTeamId, assigneeId, assigneeName, by, Timestamp.from(at))
                .update();
        return id;
    }
}
