package nl.eenplan.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.CareEnds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * earlier destruction of a household's file. A youth of 12 or older or a parent with parental
 * authority asks, with reasons; the household's coordinator
 * ({@link Deciders}) grants or refuses it, with reasons. Granted, the file is destroyed in
 * the same transaction. Every request, decision and read is logged.
 */
@Service
public class DestructionRequests {

    private final JdbcClient jdbc;
    private final HouseholdRegister households;
    private final Deciders deciders;
    private final CareEnds careEnds;
    private final HouseholdDestruction destruction;
    private final AuditLog audit;
    private final Clock clock;

    DestructionRequests(
            JdbcClient jdbc,
            HouseholdRegister households,
            Deciders deciders,
            CareEnds careEnds,
            HouseholdDestruction destruction,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.households = households;
        this.deciders = deciders;
        this.careEnds = careEnds;
        this.destruction = destruction;
        this.audit = audit;
        this.clock = clock;
    }

    /** A member of the household asks for earlier destruction; anyone not entitled is refused. */
    @Transactional
    public UUID request(UUID householdId, AccountPrincipal person, String reasons) {
        var today = DutchTime.today(clock);
        var members = households.members(householdId);
        var requester = members.stream()
                .filter(m -> person.id().equals(m.accountId()))
                .findFirst()
                .orElseThrow(() -> new DestructionRefused("retention.request.notEntitled"));
        var entitlement = RetentionPolicy.entitlement(requester, members, today)
                .orElseThrow(() -> new DestructionRefused("retention.request.notEntitled"));
        var text = requireReasons(reasons, "retention.request.reasonsRequired");
        if (openRequest(householdId)) {
            // one request at a time; a second would ask the coordinator the same question twice.
            throw new DestructionRefused("retention.request.alreadyOpen");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into destruction_request (id, version, household_id, requested_by_member,
                          requested_by_account, entitlement, reasons, requested_at)
                        values (?, 0, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        householdId,
                        requester.id(),
                        person.id(),
                        entitlement.name(),
                        text,
                        Timestamp.from(clock.instant()))
                .update();
        log(person.id(), "DESTRUCTION_REQUESTED", id, householdId, entitlement.name(), AccessBasis.self());
        return id;
    }

    /** The requests of a household, for whoever may decide them; logged. */
    @Transactional
    public List<DestructionRequest> of(UUID householdId, AccountPrincipal person) {
        var basis = deciders.basis(householdId, person.id());
        var requests = requests(householdId);
        log(person.id(), "DESTRUCTION_REQUESTS_READ", householdId, householdId, null, basis);
        return requests;
    }

    private List<DestructionRequest> requests(UUID householdId) {
        return jdbc.sql("""
                        select id, version, household_id, requested_by_member, entitlement, reasons, requested_at,
                          decision, decision_reasons, decided_at
                        from destruction_request where household_id = ? order by requested_at
                        """).param(householdId).query(DestructionRequest.class).list();
    }

    private boolean openRequest(UUID householdId) {
        return jdbc.sql("select count(*) from destruction_request where household_id = ? and decision is null")
                        .param(householdId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * the household's requests as this person may see them: the coordinator sees them all, with
     * reasons, to decide; a member of the household sees their status, and the reasons only of his own
     * request. Anyone else is not found. Logged.
     */
    @Transactional
    public DestructionPage page(UUID householdId, AccountPrincipal person) {
        var household = households.find(householdId).orElseThrow(DestructionNotFound::new);
        var members = households.members(householdId);
        var self =
                members.stream().filter(m -> person.id().equals(m.accountId())).findFirst();
        var deciding = deciders.basisIfAny(householdId, person.id());
        if (self.isEmpty() && deciding.isEmpty()) {
            throw new DestructionNotFound();
        }
        var today = DutchTime.today(clock);
        var names = new java.util.HashMap<UUID, String>();
        members.forEach(m -> names.put(m.id(), m.name()));
        var lines = requests(householdId).stream()
                .map(r -> new DestructionPage.Line(
                        r,
                        names.get(r.requestedByMember()),
                        deciding.isPresent()
                                || self.map(m -> m.id().equals(r.requestedByMember()))
                                        .orElse(false)))
                .toList();
        var entitled = self.flatMap(m -> RetentionPolicy.entitlement(m, members, today))
                .isPresent();
        log(
                person.id(),
                "DESTRUCTION_REQUESTS_READ",
                householdId,
                householdId,
                String.valueOf(lines.size()),
                deciding.orElse(AccessBasis.self()));
        return new DestructionPage(
                householdId,
                household.name(),
                lines,
                entitled,
                deciding.isPresent(),
                careEnds.endedOn(householdId).isPresent());
    }

    /**
     * Grants or refuses a request on the version the person saw, with reasons; granted, the household's
     * file is destroyed at once. Granting waits until care has ended: the plan is closed first.
     */
    @Transactional
    public void decide(
            UUID householdId, UUID requestId, AccountPrincipal person, int version, boolean grant, String reasons) {
        var basis = deciders.basis(householdId, person.id());
        var text = requireReasons(reasons, "retention.decide.reasonsRequired");
        var now = clock.instant();
        var request = jdbc.sql("""
                        select id, version, household_id, requested_by_member, entitlement, reasons, requested_at,
                          decision, decision_reasons, decided_at
                        from destruction_request where id = ? and household_id = ?
                        """)
                .params(requestId, householdId)
                .query(DestructionRequest.class)
                .optional()
                .orElseThrow(() -> new DestructionRefused("retention.request.notFound"));
        if (request.decided()) {
            throw new DestructionRefused("retention.decide.alreadyDecided");
        }
        var careEnded = careEnds.endedOn(householdId);
        if (grant && careEnded.isEmpty()) {
            // the file of care still going on is not destroyed under it; the plan closes first.
            throw new DestructionRefused("retention.decide.closePlanFirst");
        }
        var updated = jdbc.sql("""
                        update destruction_request set version = version + 1, decision = ?, decision_reasons = ?,
                          decided_by = ?, decided_at = ?
                        where id = ? and version = ? and decision is null
                        """)
                .params(grant ? "GRANTED" : "REFUSED", text, person.id(), Timestamp.from(now), requestId, version)
                .update();
        if (updated != 1) {
            throw new DestructionRefused("retention.decide.changedMeanwhile");
        }
        log(person.id(), "DESTRUCTION_DECIDED", requestId, householdId, grant ? "GRANTED" : "REFUSED", basis);
        if (grant) {
            var today = DutchTime.today(clock);
            destruction.destroy(
                    householdId,
                    DestructionBasis.REQUEST_GRANTED,
                    careEnded.orElseThrow(),
                    request.requestedAt().atZone(DutchTime.ZONE).toLocalDate(),
                    today,
                    person.id(),
                    now);
        }
    }

    private static String requireReasons(String reasons, String key) {
        if (reasons == null || reasons.isBlank()) {
            throw new DestructionRefused(key);
        }
        return reasons.strip();
    }

    private void log(UUID accountId, String event, UUID subject, UUID householdId, String detail, AccessBasis basis) {
        audit.record(
                new AuditEvent(accountId, null, event, "destruction_request", subject.toString(), householdId, detail)
                        .on(basis));
    }
}
