package nl.eenplan.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household sees who looked at or changed its plan. Only household members read it: each
 * sees the entries about the household as a whole, and those about himself and the children he
 * represents ({@link SubjectAccessRule}). Reading the log is logged too.
 */
@Service
public class HouseholdAccessLog {

    static final int PAGE_SIZE = 25;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final DataSubjects subjects;
    private final HouseholdMembers members;
    private final AccessLogPeople people;
    private final MessageSource messages;
    private final Clock clock;

    HouseholdAccessLog(
            JdbcClient jdbc,
            AuditLog audit,
            DataSubjects subjects,
            HouseholdMembers members,
            AccessLogPeople people,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.subjects = subjects;
        this.members = members;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    /** One page, newest first; {@link AccessLogNotFound} for anyone who is no member of the household. */
    @Transactional
    public AccessLogPage page(UUID householdId, AccountPrincipal person, int page) {
        var everyone = members.of(householdId);
        var represented = SubjectAccessRule.representedBy(person.id(), everyone, today());
        if (represented.isEmpty() || page < 0) {
            throw new AccessLogNotFound();
        }
        var entries = jdbc.sql("""
                        select * from audit_entry
                        where household_id = ? and (member_id is null or member_id::text = any(string_to_array(?, ',')))
                        order by occurred_at desc, id desc limit ? offset ?
                        """)
                .params(householdId, ids(represented), PAGE_SIZE + 1, (long) page * PAGE_SIZE)
                .query((rs, n) -> AuditChain.entry(rs))
                .list();
        var shown = entries.stream().limit(PAGE_SIZE).toList();
        var who = people.describe(
                householdId, shown.stream().map(AuditEntry::accountId).toList());
        Map<UUID, String> names = everyone.stream().collect(Collectors.toMap(DataSubject::memberId, DataSubject::name));
        var lines = shown.stream()
                .map(e -> new AccessLogLine(
                        e.occurredAt().atZone(DutchTime.ZONE),
                        who.getOrDefault(e.accountId(), LogPerson.UNKNOWN),
                        person.id().equals(e.accountId()),
                        eventKey(e.event()),
                        e.memberId() == null ? null : names.get(e.memberId())))
                .toList();
        var household = subjects.householdName(householdId).orElseThrow(AccessLogNotFound::new);
        audit.record(new AuditEvent(
                        person.id(),
                        null,
                        "ACCESS_LOG_READ",
                        "household",
                        householdId.toString(),
                        householdId,
                        "page " + page)
                .on(AccessBasis.self()));
        return new AccessLogPage(householdId, household, lines, page, entries.size() > PAGE_SIZE, represented);
    }

    /** The message key that says in plain words what happened; a general one for events it does not know. */
    String eventKey(String event) {
        var key = "audit.event." + event;
        return messages.getMessage(key, null, null, DUTCH) != null ? key : "audit.event.other";
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }

    private static String ids(List<DataSubject> subjects) {
        return subjects.stream().map(s -> s.memberId().toString()).collect(Collectors.joining(","));
    }
}
