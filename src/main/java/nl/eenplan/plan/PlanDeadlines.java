package nl.eenplan.plan;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import nl.eenplan.calendar.PlanTerms;
import nl.eenplan.deadline.Deadline;
import nl.eenplan.deadline.DeadlineKind;
import nl.eenplan.deadline.DeadlineSource;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deadlines of the plan (G-2, G-3, PL-10): each open action's target date for the people doing
 * it; each open goal's evaluation moment and the term to establish a plan not yet established, for
 * the coordinator, or while there is none (or the coordinator has no account) for the professionals
 * involved. Closed plans and reached goals have no deadlines.
 *
 * <p>A goal's evaluation moment is the earliest evaluation date of its open actions (as the plan page
 * shows it), or the latest of all its actions once they are all done; an evaluation recorded on or
 * after that day meets it. PL-10: a plan is established within 6 weeks after it was settled that no
 * family-group plan will be made (tab 1), or after the plan was started when tab 1 does not say; no
 * term runs while the household makes a family-group plan. PL-10: when tab 1 records that the
 * household or a provider asked for the plan in writing, it is put in writing (established) within
 * 14 days of that request; with closed youth care always, within 14 days of the day tab 1 recorded it.
 *
 * <p>An action's deadline leads to that action on tab 2 (goals and actions), an evaluation moment to
 * the goal's evaluation page, a PL-10 term to tab 1.
 *
 * <p>C-1: a professional may not see the plan without consent for every member, so the actions and
 * evaluations of such a plan (which carry its text) are left out of his deadlines entirely; the
 * PL-10 terms carry no text of the plan and stay, leading him to the page that asks for consent.
 */
@Component
class PlanDeadlines implements DeadlineSource {

    private static final String HOUSEHOLDS_OF_ACCOUNT =
            "select household_id from team_account_v where account_id = :account";

    private static final String OPEN_ACTIONS = """
            select a.id as action_id, a.what, a.target_date as due, p.household_id, h.name as household, pa.account_id
            from action a
            join goal g on g.id = a.goal_id and g.status = 'OPEN'
            join plan p on p.id = g.plan_id and p.status <> 'CLOSED'
            join household_name_v h on h.id = p.household_id
            join action_participant ap on ap.action_id = a.id
            join team_account_v pa on pa.participant_id = ap.participant_id
            where a.done_at is null and pa.active
            """;

    /** The coordinators with an account; {@code %s} narrows down the households. */
    private static final String COORDINATORS = """
            coordinator as (
              select co.household_id, co.account_id from coordinator_account_v co where true %s
            )
            """;

    /** Open evaluation moments and who answers for them; {@code %s} narrows down the households. */
    private static final String EVALUATIONS = """
            with %s,
            moment as (
              select g.id as goal_id, g.title, p.household_id,
                coalesce(min(a.evaluation_date) filter (where a.done_at is null), max(a.evaluation_date)) as due
              from goal g
              join plan p on p.id = g.plan_id and p.status <> 'CLOSED'
              join action a on a.goal_id = g.id
              where g.status = 'OPEN' %s
              group by g.id, g.title, p.household_id
            ),
            open_moment as (
              select m.* from moment m
              where not exists (select 1 from evaluation e where e.goal_id = m.goal_id and e.evaluated_on >= m.due)
            ),
            evaluator as (
              select m.goal_id, co.account_id from open_moment m join coordinator co on co.household_id = m.household_id
              union
              select m.goal_id, pa.account_id from open_moment m
              join action a on a.goal_id = m.goal_id
              join action_participant ap on ap.action_id = a.id
              join team_account_v pa on pa.participant_id = ap.participant_id
              where pa.kind = 'PROFESSIONAL' and pa.active
                and not exists (select 1 from coordinator co where co.household_id = m.household_id)
            )
            """;

    /**
     * Plans not yet established with a PL-10 term running, the day it started and who answers for it;
     * {@code %s}: the coordinators, the term's start and condition, and the narrowing.
     */
    private static final String UNESTABLISHED = """
            with %s
            select p.id as plan_id, p.household_id, h.name as household, p.start, r.account_id
            from (
              select id, household_id, %s as start from plan where status = 'DRAFT' and %s
            ) p
            join household_name_v h on h.id = p.household_id
            join lateral (
              select co.account_id from coordinator co where co.household_id = p.household_id
              union
              select pa.account_id from team_account_v pa
              where pa.household_id = p.household_id and pa.kind = 'PROFESSIONAL' and pa.active
                and not exists (select 1 from coordinator co where co.household_id = p.household_id)
            ) r on true
            where %s
            """;

    /** A due date moves at most this many days further than its term for weekends and holidays. */
    private static final int HOLIDAY_MARGIN_DAYS = 10;

    private final JdbcClient jdbc;
    private final PlanAccess access;
    private final List<PlanTermRule> planTerms;

    PlanDeadlines(JdbcClient jdbc, PlanTerms terms, PlanAccess access) {
        this.jdbc = jdbc;
        this.access = access;
        this.planTerms = PlanTermRule.of(terms);
    }

    @Override
    public List<Deadline> openDeadlinesOf(UUID accountId, LocalDate today) {
        var deadlines = new ArrayList<Deadline>();
        jdbc.sql("select distinct * from (" + OPEN_ACTIONS + " and pa.account_id = :account) actions")
                .param("account", accountId)
                .query((rs, n) -> {
                    var action = rs.getObject("action_id", UUID.class);
                    var household = rs.getObject("household_id", UUID.class);
                    return new Deadline(
                            "action:" + action,
                            DeadlineKind.ACTION,
                            rs.getObject("due", LocalDate.class),
                            rs.getString("what"),
                            household,
                            rs.getString("household"),
                            actionPath(household, action));
                })
                .list()
                .forEach(deadlines::add);
        var mine = "and %s in (" + HOUSEHOLDS_OF_ACCOUNT + ")";
        jdbc.sql(EVALUATIONS.formatted(
                                coordinators(mine.formatted("co.household_id")), mine.formatted("p.household_id"))
                        + """
                        select m.goal_id, m.title, m.due, m.household_id, h.name as household
                        from open_moment m join household_name_v h on h.id = m.household_id
                        where exists (select 1 from evaluator ev where ev.goal_id = m.goal_id and ev.account_id = :account)
                        """)
                .param("account", accountId)
                .query((rs, n) -> {
                    var household = rs.getObject("household_id", UUID.class);
                    var goal = rs.getObject("goal_id", UUID.class);
                    return new Deadline(
                            "evaluation:" + goal,
                            DeadlineKind.EVALUATION,
                            rs.getObject("due", LocalDate.class),
                            rs.getString("title"),
                            household,
                            rs.getString("household"),
                            planPath(household) + "/goals/" + goal + "/evaluation");
                })
                .list()
                .forEach(deadlines::add);
        var shown = new HashMap<UUID, Boolean>();
        deadlines.removeIf(d -> (d.kind() == DeadlineKind.ACTION || d.kind() == DeadlineKind.EVALUATION)
                && !shown.computeIfAbsent(d.householdId(), h -> access.showsPlanTo(h, accountId, today)));
        for (var term : planTerms) {
            jdbc.sql(UNESTABLISHED.formatted(
                            coordinators(mine.formatted("co.household_id")),
                            term.start(),
                            term.condition(),
                            "r.account_id = :account " + mine.formatted("p.household_id")))
                    .param("account", accountId)
                    .query((rs, n) -> {
                        var household = rs.getObject("household_id", UUID.class);
                        return new Deadline(
                                term.keyPrefix() + rs.getObject("plan_id", UUID.class),
                                term.kind(),
                                term.due().apply(rs.getObject("start", LocalDate.class)),
                                "",
                                household,
                                rs.getString("household"),
                                planPath(household));
                    })
                    .list()
                    .forEach(deadlines::add);
        }
        return deadlines;
    }

    @Override
    public List<UUID> accountsWithDeadlinesUntil(LocalDate day) {
        return accountsWithDeadlinesBetween(null, day);
    }

    /** Three queries whatever the number of plans: actions and evaluations together, then each PL-10 term. */
    @Override
    public List<UUID> accountsWithDeadlinesBetween(LocalDate from, LocalDate until) {
        var inRange = "%1$s <= :until and (cast(:from as date) is null or %1$s >= :from)";
        var accounts = new LinkedHashSet<UUID>();
        jdbc.sql(EVALUATIONS.formatted(coordinators(""), "")
                        + "select ev.account_id from evaluator ev join open_moment m on m.goal_id = ev.goal_id where "
                        + inRange.formatted("m.due")
                        + " union select account_id from ("
                        + OPEN_ACTIONS
                        + " and "
                        + inRange.formatted("a.target_date")
                        + ") actions")
                .param("until", until)
                .param("from", new SqlParameterValue(Types.DATE, from))
                .query(UUID.class)
                .list()
                .forEach(accounts::add);
        // A due date lies the term's days to a few more after the start: narrow down in SQL, decide here.
        for (var term : planTerms) {
            jdbc
                    .sql(
                            UNESTABLISHED.formatted(
                                    coordinators(""),
                                    term.start(),
                                    term.condition(),
                                    "p.start <= :latestStart and (cast(:earliestStart as date) is null or p.start >= :earliestStart)"))
                    .param("latestStart", until.minusDays(term.days()))
                    .param(
                            "earliestStart",
                            new SqlParameterValue(
                                    Types.DATE,
                                    from == null ? null : from.minusDays(term.days() + HOLIDAY_MARGIN_DAYS)))
                    .query((rs, n) -> new Responsible(
                            rs.getObject("account_id", UUID.class),
                            term.due().apply(rs.getObject("start", LocalDate.class))))
                    .list()
                    .stream()
                    .filter(r ->
                            !r.due().isAfter(until) && (from == null || !r.due().isBefore(from)))
                    .forEach(r -> accounts.add(r.accountId()));
        }
        return List.copyOf(accounts);
    }

    private record Responsible(UUID accountId, LocalDate due) {}

    private static String coordinators(String narrowing) {
        return COORDINATORS.formatted(narrowing);
    }

    private static String planPath(UUID householdId) {
        return "/households/" + householdId + "/plan";
    }

    /** The action on tab 2 of the plan, where goals and actions are. */
    private static String actionPath(UUID householdId, UUID actionId) {
        return planPath(householdId) + "/approach#action-" + actionId;
    }
}
