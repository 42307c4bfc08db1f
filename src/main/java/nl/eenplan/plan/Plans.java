package nl.eenplan.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plans: loads a whole plan and is the only one to write the plan's tables. It saves a
 * {@link PlanChange} on the version the person saw: every change but an agreement bumps the plan's
 * version (optimistic lock), or fails with {@link PlanChangedMeanwhile} when someone else changed it
 * since. Once stored, the change's events are published.
 */
@Repository
class Plans {

    private final JdbcClient jdbc;
    private final PlanRows rows;
    private final PlanWrites writes;
    private final ApplicationEventPublisher events;

    Plans(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = new PlanRows(jdbc, json);
        this.writes = new PlanWrites(jdbc, json);
        this.events = events;
    }

    Optional<Plan> current(UUID householdId) {
        return rows.current(householdId);
    }

    Optional<Plan> find(UUID planId) {
        return rows.find(planId);
    }

    /** H-4: a household's new plan, as a draft. */
    void insert(UUID planId, UUID householdId, Instant now) {
        writes.insert(planId, householdId, now);
        events.publishEvent(new PlanEvent.PlanStarted(planId, householdId, now));
    }

    /** Stores the change and publishes its events; a change without events stores nothing. */
    void save(PlanChange change) {
        var plan = change.plan();
        if (change.events().stream().anyMatch(Plans::claimsVersion)) {
            touch(plan.id(), change.expectedVersion());
        }
        change.events().forEach(event -> writes.write(plan, event, change.frozen()));
        change.events().forEach(events::publishEvent);
    }

    /** PL-9: who agreed to the plan as it stands (its version counter). */
    List<UUID> agreed(Plan plan) {
        return rows.agreed(plan);
    }

    /** PL-9: the established versions of a plan, in order. */
    List<PlanSnapshot> versions(UUID planId) {
        return rows.versions(planId);
    }

    Optional<PlanSnapshot> version(UUID planId, int number) {
        return rows.version(planId, number);
    }

    /** PL-9, H-3: a copy of a version was sent to a participant. */
    void recordCopy(UUID planId, int number, UUID participantId, Instant sentAt, UUID sentBy) {
        jdbc.sql("""
                        insert into plan_copy (id, plan_id, version_number, participant_id, sent_at, sent_by)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(UUID.randomUUID(), planId, number, participantId, Timestamp.from(sentAt), sentBy)
                .update();
    }

    /** A new plan and an agreement leave the version as it is; every other change claims the next one. */
    private static boolean claimsVersion(PlanEvent event) {
        return !(event instanceof PlanEvent.PlanStarted || event instanceof PlanEvent.PlanAgreed);
    }

    /** Claims the next version of the plan, or fails when someone else changed it since {@code expected}. */
    private void touch(UUID planId, int expected) {
        var updated = jdbc.sql("""
                        update plan set version = version + 1, changed_since_version = true
                        where id = ? and version = ? and status <> 'CLOSED'
                        """).params(planId, expected).update();
        if (updated != 1) {
            var current = jdbc.sql("select version from plan where id = ?")
                    .param(planId)
                    .query(Integer.class)
                    .optional()
                    .orElseThrow(PlanNotFound::new);
            throw new PlanChangedMeanwhile(current);
        }
    }
}
