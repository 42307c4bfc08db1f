package nl.eenplan.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who used a member's data, from the access log itself (X-1, X-6, AVG article 15: the recipients):
 * everyone but the member, with how often, when last and on which basis, for the printable copy.
 */
@Component
class PersonalDataReaders {

    /** One person who read or changed the member's data (or the household's as a whole). */
    public record Reader(LogPerson who, int times, Instant last, String basis) {}

    private final JdbcClient jdbc;
    private final AccessLogPeople people;
    private final AccessLogWords words;
    private final ObjectProvider<SharingReasons> reasons;

    PersonalDataReaders(
            JdbcClient jdbc, AccessLogPeople people, AccessLogWords words, ObjectProvider<SharingReasons> reasons) {
        this.jdbc = jdbc;
        this.people = people;
        this.words = words;
        this.reasons = reasons;
    }

    List<Reader> of(UUID householdId, DataSubject member, Locale locale) {
        record Row(UUID account, int times, AuditEntry latest) {}
        var rows = jdbc
                .sql("""
                        select distinct on (account_id) *, count(*) over (partition by account_id) as times
                        from audit_entry
                        where household_id = ? and account_id is not null and (member_id is null or member_id = ?)
                        order by account_id, occurred_at desc, id desc
                        """)
                .params(householdId, member.memberId())
                .query((rs, n) ->
                        new Row(rs.getObject("account_id", UUID.class), rs.getInt("times"), AuditChain.entry(rs)))
                .list()
                .stream()
                .filter(r -> !member.logsInWith(r.account()))
                .toList();
        var who = people.describe(householdId, rows.stream().map(Row::account).toList());
        var latest = rows.stream().map(Row::latest).toList();
        var overrides = AccessLogWords.overrides(latest);
        Map<UUID, String> aims = reasons.orderedStream()
                .map(r -> r.aims(householdId, overrides))
                .findFirst()
                .orElse(Map.of());
        return rows.stream()
                .map(r -> new Reader(
                        who.getOrDefault(r.account(), LogPerson.UNKNOWN),
                        r.times(),
                        r.latest().occurredAt(),
                        words.basis(r.latest(), false, aims, locale)))
                .sorted((a, b) -> b.last().compareTo(a.last()))
                .toList();
    }
}
