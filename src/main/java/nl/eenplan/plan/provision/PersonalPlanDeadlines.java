package nl.eenplan.plan.provision;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import nl.eenplan.calendar.PlanTerms;
import nl.eenplan.deadline.Deadline;
import nl.eenplan.deadline.DeadlineKind;
import nl.eenplan.deadline.DeadlineSource;
import nl.eenplan.home.FieldRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PL-10 (Wmo 2015 art. 2.3.2 lid 2): after a member asked for support under the Wmo, he may hand in a
 * personal plan within seven days ({@link PlanTerms#personalPlan}). The coordinator, or while there is
 * none the professionals involved, see that term among their deadlines and are reminded of it, as of the
 * other PL-10 terms, until the plan records the personal plan, the plan is closed, or the term is over
 * (after that the municipality's investigation goes on without it). Like the other PL-10 terms, it
 * carries no text of the plan.
 */
@Component
class PersonalPlanDeadlines implements DeadlineSource {

    /** A due date moves at most this many days further than the term for weekends and holidays. */
    private static final int HOLIDAY_MARGIN_DAYS = 10;

    private static final String OPEN = """
            with coordinator as (select household_id, account_id from coordinator_account_v)
            select p.id as plan_id, p.household_id, h.name as household, l.member_id, l.support_requested_on as start,
              r.account_id
            from plan_member_law l
            join plan p on p.id = l.plan_id and p.status <> 'CLOSED'
            join household_name_v h on h.id = p.household_id
            join lateral (
              select co.account_id from coordinator co where co.household_id = p.household_id
              union
              select pa.account_id from team_account_v pa
              where pa.household_id = p.household_id and pa.kind = 'PROFESSIONAL' and pa.active
                and not exists (select 1 from coordinator co where co.household_id = p.household_id)
            ) r on true
            where l.law in ('WMO', 'BOTH') and l.support_requested_on is not null
              and l.personal_plan_received_on is null
              and l.support_requested_on between :earliest and :latest
            """;

    private final JdbcClient jdbc;
    private final PlanTerms terms;

    PersonalPlanDeadlines(JdbcClient jdbc, PlanTerms terms) {
        this.jdbc = jdbc;
        this.terms = terms;
    }

    @Override
    public List<Deadline> openDeadlinesOf(UUID accountId, LocalDate today) {
        return rows(today, FieldRules.LATEST, "and r.account_id = :account", accountId).stream()
                .map(r -> new Deadline(
                        "personal-plan:" + r.planId() + ":" + r.memberId(),
                        DeadlineKind.PERSONAL_PLAN,
                        r.due(),
                        "",
                        r.householdId(),
                        r.household(),
                        "/households/" + r.householdId() + "/plan/provisions"))
                .toList();
    }

    @Override
    public List<UUID> accountsWithDeadlinesUntil(LocalDate day) {
        return accountsWithDeadlinesBetween(day.minusDays(PERSONAL_TERM_WINDOW), day);
    }

    @Override
    public List<UUID> accountsWithDeadlinesBetween(LocalDate from, LocalDate until) {
        var accounts = new LinkedHashSet<UUID>();
        rows(from == null ? until.minusDays(PERSONAL_TERM_WINDOW) : from, until, "", null).stream()
                .filter(r -> !r.due().isAfter(until))
                .forEach(r -> accounts.add(r.accountId()));
        return List.copyOf(accounts);
    }

    /** How far back a term still open may have started: the term and the margin for holidays. */
    private static final int PERSONAL_TERM_WINDOW = 7 + HOLIDAY_MARGIN_DAYS;

    /** Terms due from {@code from} (the term is over after its due date) up to {@code until}. */
    private List<Open> rows(LocalDate from, LocalDate until, String narrowing, UUID accountId) {
        var query = jdbc.sql(OPEN + narrowing)
                .param("earliest", from.minusDays(PERSONAL_TERM_WINDOW))
                .param("latest", until);
        if (accountId != null) {
            query = query.param("account", accountId);
        }
        return query
                .query((rs, n) -> {
                    var start = rs.getObject("start", LocalDate.class);
                    return new Open(
                            rs.getObject("plan_id", UUID.class),
                            rs.getObject("household_id", UUID.class),
                            rs.getString("household"),
                            rs.getObject("member_id", UUID.class),
                            rs.getObject("account_id", UUID.class),
                            terms.personalPlan(start).due());
                })
                .list()
                .stream()
                .filter(r -> !r.due().isBefore(from))
                .toList();
    }

    private record Open(
            UUID planId, UUID householdId, String household, UUID memberId, UUID accountId, LocalDate due) {}
}
