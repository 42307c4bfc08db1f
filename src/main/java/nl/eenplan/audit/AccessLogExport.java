package nl.eenplan.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator exports a household's whole access log, for example to answer a
 * request of the household or of the privacy officer: every entry, oldest first, with the names of the
 * people in it, as CSV or JSON. Finding the household and the export itself are logged.
 */
@Service
public class AccessLogExport {

    private final JdbcClient jdbc;
    private final DataSubjects subjects;
    private final AccessLogPeople people;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    AccessLogExport(
            JdbcClient jdbc,
            DataSubjects subjects,
            AccessLogPeople people,
            AuditLog audit,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.people = people;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The log as exported: the household, when, and every entry with the person behind it. */
    public record Export(UUID householdId, String household, Instant exportedAt, List<Line> entries) {}

    /** An entry with the name and organisation of its account, and whether that is an administrator. */
    public record Line(AuditEntry entry, LogPerson person) {}

    /**
     * The households whose name contains the text, by name, at most {@code limit}, for an administrator
     * to pick one; each household shown is logged once, with basis {@code administrator}.
     */
    @Transactional
    public List<HouseholdChoice> find(String nameContains, int limit, AccountPrincipal administrator) {
        var found = subjects.households(nameContains, limit);
        found.forEach(h -> audit.record(new AuditEvent(
                        administrator.id(),
                        null,
                        "ACCESS_LOG_HOUSEHOLD_FOUND",
                        "household",
                        h.id().toString(),
                        h.id(),
                        null)
                .on(AccessBasis.administrator())));
        return found;
    }

    @Transactional
    public Download csv(UUID householdId, AccountPrincipal administrator) {
        var export = export(householdId, administrator, "csv");
        return new Download(filename(".csv"), "text/csv;charset=UTF-8", AccessLogCsv.write(export));
    }

    @Transactional
    public Download json(UUID householdId, AccountPrincipal administrator) {
        var export = export(householdId, administrator, "json");
        return new Download(
                filename(".json"),
                "application/json",
                json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export));
    }

    private Export export(UUID householdId, AccountPrincipal administrator, String format) {
        var household = subjects.householdName(householdId).orElseThrow(AccessLogNotFound::new);
        var entries = jdbc.sql("select * from audit_entry where household_id = ? order by id")
                .param(householdId)
                .query((rs, n) -> AuditChain.entry(rs))
                .list();
        Map<UUID, LogPerson> who = people.describe(
                householdId, entries.stream().map(AuditEntry::accountId).toList());
        audit.record(new AuditEvent(
                        administrator.id(),
                        null,
                        "ACCESS_LOG_EXPORTED",
                        "household",
                        householdId.toString(),
                        householdId,
                        format)
                .on(AccessBasis.administrator()));
        return new Export(
                householdId,
                household,
                clock.instant(),
                entries.stream()
                        .map(e -> new Line(e, e.accountId() == null ? LogPerson.UNKNOWN : who.get(e.accountId())))
                        .toList());
    }

    private String filename(String extension) {
        return "toegangslog-" + DutchTime.today(clock) + extension;
    }
}
