package nl.eenplan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Viewer;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My plans" and "my actions": what a person takes part in, soonest and overdue first. C-1: a plan a
 * professional may not see yet is listed as such (he takes part), and its actions are left out.
 */
@Service
public class MyWork {

    /** Actions whose target date is at most this many days away count as due soon. */
    public static final int DUE_SOON_DAYS = 7;

    private final Team team;
    private final PlanAccess access;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    MyWork(Team team, PlanAccess access, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.team = team;
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A plan one takes part in; {@code shared} is false while consent to show it to him is missing (C-1).
     * Then {@code hiddenActions} and {@code hiddenOverdue} count his open and overdue actions in it, which
     * are not shown: he knows he has work there, not what it is.
     */
    public record MyPlan(
            UUID householdId,
            String household,
            PlanStatus status,
            int lastVersionNumber,
            boolean active,
            boolean shared,
            long hiddenActions,
            long hiddenOverdue) {

        MyPlan counting(List<MyAction> hidden) {
            var mine = hidden.stream()
                    .filter(a -> a.householdId().equals(householdId))
                    .toList();
            return new MyPlan(
                    householdId,
                    household,
                    status,
                    lastVersionNumber,
                    active,
                    shared,
                    mine.size(),
                    mine.stream().filter(MyAction::overdue).count());
        }
    }

    public record MyAction(
            UUID householdId,
            String household,
            UUID actionId,
            String goal,
            String what,
            LocalDate targetDate,
            boolean overdue,
            boolean dueSoon) {}

    /** The plans a person takes part in and his open actions, soonest and overdue first. */
    public record Overview(List<MyPlan> plans, List<MyAction> actions) {

        public Overview {
            plans = List.copyOf(plans);
            actions = List.copyOf(actions);
        }
    }

    /**
     * "My work" in one read. X-1: one entry per household shown, with the basis of the person's view of
     * its plan: {@code ACTIONS_LISTED} where his actions in it are listed, else {@code PLAN_LISTED}.
     */
    @Transactional
    public Overview of(AccountPrincipal person) {
        var today = today();
        var viewers = new HashMap<UUID, Viewer>();
        Function<UUID, Viewer> viewer =
                household -> viewers.computeIfAbsent(household, h -> access.viewer(h, person.id(), today));
        var all = actions(person, today);
        // C-1: the actions of a plan the person may not see yet are left out, text and all; only how
        // many are open and overdue is told with the plan, so his work list stays honest.
        var actions = all.stream()
                .filter(action -> viewer.apply(action.householdId()).seesPlan())
                .toList();
        var hidden = all.stream().filter(a -> !actions.contains(a)).toList();
        var plans = plans(person, today, viewer).stream()
                .map(p -> p.shared() ? p : p.counting(hidden))
                .toList();
        var listed = new LinkedHashMap<UUID, String>();
        plans.forEach(p -> listed.put(p.householdId(), "PLAN_LISTED"));
        actions.forEach(a -> listed.put(a.householdId(), "ACTIONS_LISTED"));
        listed.forEach((household, event) -> audit.record(
                new AuditEvent(person.id(), null, event, "household", household.toString(), household, null)
                        .on(viewer.apply(household).accessBasis())));
        return new Overview(plans, actions);
    }

    private List<MyPlan> plans(AccountPrincipal person, LocalDate today, Function<UUID, Viewer> viewer) {
        var activeByHousehold = new HashMap<UUID, Boolean>();
        team.participationsOf(person.id())
                .forEach(p -> activeByHousehold.merge(p.householdId(), p.active(), Boolean::logicalOr));
        if (activeByHousehold.isEmpty()) {
            return List.of();
        }
        var ids = String.join(
                ",", activeByHousehold.keySet().stream().map(UUID::toString).toList());
        return jdbc.sql("""
                        select h.id, h.name, p.status, p.last_version_number from household_name_v h
                        join plan p on p.household_id = h.id
                        where h.id::text = any(string_to_array(?, ',')) and p.status <> 'CLOSED'
                        order by h.name
                        """)
                .param(ids)
                .query((rs, n) -> {
                    var householdId = rs.getObject(1, UUID.class);
                    return new MyPlan(
                            householdId,
                            rs.getString(2),
                            PlanStatus.valueOf(rs.getString(3)),
                            rs.getInt(4),
                            activeByHousehold.get(householdId),
                            viewer.apply(householdId).seesPlan(),
                            0,
                            0);
                })
                .list();
    }

    private List<MyAction> actions(AccountPrincipal person, LocalDate today) {
        var ids = team.participationsOf(person.id()).stream()
                .filter(Participant::active)
                .map(p -> p.id().toString())
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select h.id as household_id, h.name as household, a.id as action_id, g.title as goal, a.what,
                          a.target_date
                        from action_participant ap
                        join action a on a.id = ap.action_id
                        join goal g on g.id = a.goal_id
                        join plan p on p.id = g.plan_id
                        join household_name_v h on h.id = p.household_id
                        where ap.participant_id::text = any(string_to_array(?, ','))
                          and a.done_at is null and g.status = 'OPEN' and p.status <> 'CLOSED'
                        order by a.target_date
                        """)
                .param(String.join(",", ids))
                .query((rs, n) -> {
                    var target = rs.getObject("target_date", LocalDate.class);
                    return new MyAction(
                            rs.getObject("household_id", UUID.class),
                            rs.getString("household"),
                            rs.getObject("action_id", UUID.class),
                            rs.getString("goal"),
                            rs.getString("what"),
                            target,
                            target.isBefore(today),
                            !target.isBefore(today) && !target.isAfter(today.plusDays(DUE_SOON_DAYS)));
                })
                .list();
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }
}
