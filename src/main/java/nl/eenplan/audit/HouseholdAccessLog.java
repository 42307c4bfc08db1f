package nl.eenplan.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household sees who looked at or changed its plan: who (name and organisation), did what,
 * on which basis, in Dutch time and grouped by day. Only household members read it: each sees the
 * entries about the household as a whole, and those about himself and the children he represents
 * ({@link SubjectAccessRule}). The reader's own visits are left out unless he asks for them, so that
 * what others did stands out. Reading the log is logged too.
 */
@Service
public class HouseholdAccessLog {

    static final int PAGE_SIZE = 40;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final DataSubjects subjects;
    private final HouseholdMembers members;
    private final AccessLogPeople people;
    private final AccessLogWords words;
    private final ObjectProvider<SharingReasons> reasons;
    private final Clock clock;

    HouseholdAccessLog(
            JdbcClient jdbc,
            AuditLog audit,
            DataSubjects subjects,
            HouseholdMembers members,
            AccessLogPeople people,
            AccessLogWords words,
            ObjectProvider<SharingReasons> reasons,
            Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.subjects = subjects;
        this.members = members;
        this.people = people;
        this.words = words;
        this.reasons = reasons;
        this.clock = clock;
    }

    /** One page with the reader's own visits left out, in Dutch. */
    @Transactional
    public AccessLogPage page(UUID householdId, AccountPrincipal person, int page) {
        return page(householdId, person, page, true, Locale.forLanguageTag("nl"));
    }

    /**
     * One page, newest first, grouped by day; {@link AccessLogNotFound} for anyone who is no member of
     * the household.
     */
    @Transactional
    public AccessLogPage page(UUID householdId, AccountPrincipal person, int page, boolean hideOwn, Locale locale) {
        var everyone = members.of(householdId);
        var represented = SubjectAccessRule.representedBy(person.id(), everyone, today());
        if (represented.isEmpty() || page < 0) {
            throw new AccessLogNotFound();
        }
        var entries = jdbc.sql("""
                        select * from audit_entry
                        where household_id = ? and (member_id is null or member_id::text = any(string_to_array(?, ',')))
                          and (? = false or account_id is null or account_id <> ?)
                        order by occurred_at desc, id desc limit ? offset ?
                        """)
                .params(householdId, ids(represented), hideOwn, person.id(), PAGE_SIZE + 1, (long) page * PAGE_SIZE)
                .query((rs, n) -> AuditChain.entry(rs))
                .list();
        var shown = entries.stream().limit(PAGE_SIZE).toList();
        var household = subjects.householdName(householdId).orElseThrow(AccessLogNotFound::new);
        var days = days(householdId, person, shown, everyone, locale);
        audit.record(new AuditEvent(
                        person.id(),
                        null,
                        "ACCESS_LOG_READ",
                        "household",
                        householdId.toString(),
                        householdId,
                        "page " + page)
                .on(AccessBasis.self()));
        return new AccessLogPage(householdId, household, days, page, entries.size() > PAGE_SIZE, hideOwn, represented);
    }

    /**
     * X-1 for the API: the same entries one by one, newest first, {@code size} of them from page {@code
     * page}, with how many there are in all; the same rule of who reads it, and the same log entry.
     */
    @Transactional
    public Entries entries(
            UUID householdId, AccountPrincipal person, int page, int size, boolean hideOwn, Locale locale) {
        var everyone = members.of(householdId);
        var represented = SubjectAccessRule.representedBy(person.id(), everyone, today());
        if (represented.isEmpty() || page < 0 || size < 1) {
            throw new AccessLogNotFound();
        }
        var shown = jdbc.sql("""
                        select * from audit_entry
                        where household_id = ? and (member_id is null or member_id::text = any(string_to_array(?, ',')))
                          and (? = false or account_id is null or account_id <> ?)
                        order by occurred_at desc, id desc limit ? offset ?
                        """)
                .params(householdId, ids(represented), hideOwn, person.id(), size, (long) page * size)
                .query((rs, n) -> AuditChain.entry(rs))
                .list();
        var total = jdbc.sql("""
                        select count(*) from audit_entry
                        where household_id = ? and (member_id is null or member_id::text = any(string_to_array(?, ',')))
                          and (? = false or account_id is null or account_id <> ?)
                        """)
                .params(householdId, ids(represented), hideOwn, person.id())
                .query(Long.class)
                .single();
        subjects.householdName(householdId).orElseThrow(AccessLogNotFound::new);
        var lines = lines(householdId, person, shown, everyone, locale);
        audit.record(new AuditEvent(
                        person.id(),
                        null,
                        "ACCESS_LOG_READ",
                        "household",
                        householdId.toString(),
                        householdId,
                        "page " + page)
                .on(AccessBasis.self()));
        return new Entries(lines, total);
    }

    /** Some entries of a household's access log in words, one line each, and how many there are in all. */
    public record Entries(List<AccessLogLine> lines, long total) {}

    private List<AccessLogDay> days(
            UUID householdId,
            AccountPrincipal person,
            List<AuditEntry> shown,
            List<DataSubject> everyone,
            Locale locale) {
        var byDay = new LinkedHashMap<LocalDate, List<AccessLogLine>>();
        for (var line : lines(householdId, person, shown, everyone, locale)) {
            var lines = byDay.computeIfAbsent(line.first().toLocalDate(), d -> new ArrayList<>());
            // The same person doing the same thing several times in a row is one line (X-2: readable).
            if (!lines.isEmpty() && lines.getLast().sameAs(line)) {
                lines.set(lines.size() - 1, lines.getLast().andEarlier(line.first()));
            } else {
                lines.add(line);
            }
        }
        return byDay.entrySet().stream()
                .map(d -> new AccessLogDay(d.getKey(), List.copyOf(d.getValue())))
                .toList();
    }

    /** Each entry as one line in words, in Dutch time. */
    private List<AccessLogLine> lines(
            UUID householdId,
            AccountPrincipal person,
            List<AuditEntry> shown,
            List<DataSubject> everyone,
            Locale locale) {
        var who = people.describe(
                householdId, shown.stream().map(AuditEntry::accountId).toList());
        Map<UUID, String> names = everyone.stream().collect(Collectors.toMap(DataSubject::memberId, DataSubject::name));
        var overrides = AccessLogWords.overrides(shown);
        var aims = reasons.orderedStream()
                .map(r -> r.aims(householdId, overrides))
                .flatMap(m -> m.entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        var lines = new ArrayList<AccessLogLine>();
        for (var e : shown) {
            var you = person.id().equals(e.accountId());
            var when = e.occurredAt().atZone(DutchTime.ZONE);
            lines.add(new AccessLogLine(
                    when,
                    when,
                    1,
                    who.getOrDefault(e.accountId(), LogPerson.UNKNOWN),
                    e.accountId() == null,
                    you,
                    words.what(e, locale),
                    e.memberId() == null ? null : names.get(e.memberId()),
                    words.basis(e, you, aims, locale)));
        }
        return lines;
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }

    private static String ids(List<DataSubject> subjects) {
        return subjects.stream().map(s -> s.memberId().toString()).collect(Collectors.joining(","));
    }
}
