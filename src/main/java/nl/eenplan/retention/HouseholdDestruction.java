package nl.eenplan.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.household.HouseholdErasure;
import nl.eenplan.notification.OutboxErasure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * destroys a household's whole file in one transaction: this module's requests first, then every
 * {@link HouseholdErasure} in order (the modules highest in the layering first, the household's own
 * records last), then writes the {@link DestructionRecord} and an entry in the access log. All or
 * nothing: a failure anywhere leaves the file as it was, to be destroyed on the next run.
 */
@Component
class HouseholdDestruction {

    private final JdbcClient jdbc;
    private final List<HouseholdErasure> erasures;
    private final OutboxErasure outbox;
    private final AuditLog audit;
    private final JsonMapper json;

    HouseholdDestruction(
            JdbcClient jdbc, List<HouseholdErasure> erasures, OutboxErasure outbox, AuditLog audit, JsonMapper json) {
        this.jdbc = jdbc;
        this.erasures = erasures;
        this.outbox = outbox;
        this.audit = audit;
        this.json = json;
    }

    /** Destroys the file; {@code decidedBy} is the person who granted a request, null for the job. */
    @Transactional(propagation = Propagation.MANDATORY)
    DestructionRecord destroy(
            UUID householdId,
            DestructionBasis basis,
            LocalDate careEndedOn,
            LocalDate requestedOn,
            LocalDate decidedOn,
            UUID decidedBy,
            Instant at) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put(
                "destruction_request",
                jdbc.sql("delete from destruction_request where household_id = ?")
                        .param(householdId)
                        .update());
        erasures.forEach(
                erasure -> erasure.erase(householdId).forEach((table, n) -> counts.merge(table, n, Integer::sum)));
        counts.put("outbox_mail", outbox.eraseMentioning(householdId.toString()));
        var record =
                new DestructionRecord(householdId, at, basis, careEndedOn, requestedOn, decidedOn, Map.copyOf(counts));
        jdbc.sql("""
                        insert into destruction_record (id, household_id, destroyed_at, basis, care_ended_on,
                          requested_on, decided_on, row_counts)
                        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        """)
                .params(
                        UUID.randomUUID(),
                        householdId,
                        Timestamp.from(at),
                        basis.name(),
                        careEndedOn,
                        requestedOn,
                        decidedOn,
                        json.writeValueAsString(counts))
                .update();
        // the access log keeps what happened, by whom, on what basis; the detail is the basis only.
        audit.record(new AuditEvent(
                        decidedBy,
                        null,
                        "HOUSEHOLD_DESTROYED",
                        "household",
                        householdId.toString(),
                        householdId,
                        basis.name())
                .on(AccessBasis.system()));
        return record;
    }
}
