package nl.eenplan.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one query behind a page of "Mijn gezinnen": which households the person may find, narrowed by the
 * search and filters, ordered by name and paged, with every fact of a row, read from the published views
 * of the household, participation, plan, meeting, escalation and consent modules (migration V37) and
 * from this module's own assignments. Rows of households he only oversees through an escalation answer a
 * search by their name and the escalation filter, nothing else, and tell nothing of the plan.
 */
@Repository
class CaseSearch {

    private static final String QUERY = """
            with mine as (
              select household_id, (array_agg(participant_id order by active desc))[1] as participant_id
              from team_account_v where account_id = :me and kind = 'PROFESSIONAL' group by household_id
            ), found as (
              select h.id, h.name, h.municipality_id, h.postcode, h.names, h.birth_dates, m.participant_id,
                case when m.participant_id is not null then 'TEAM'
                     when h.municipality_id::text = any(string_to_array(:places, ',')) then 'ACCESS_TEAM'
                     else 'ESCALATION' end as view
              from household_search_v h
              left join mine m on m.household_id = h.id
              where m.household_id is not null
                 or h.municipality_id::text = any(string_to_array(:places, ','))
                 or h.id::text = any(string_to_array(:overseen, ','))
            )
            select f.id, f.name, f.view, f.participant_id, f.municipality_id,
              coalesce(ps.status, 'NONE') as plan_state, cn.name as coordinator,
              (select count(*) from open_action_v a where a.household_id = f.id and a.target_date < :today) as overdue,
              (select min(a.target_date) from open_action_v a where a.household_id = f.id and a.target_date >= :today)
                as next_deadline,
              (select count(*) from open_escalation_v e where e.household_id = f.id) as escalations,
              (select min(coalesce(r.meeting_date, r.window_latest)) from round_table_due_v r where r.household_id = f.id)
                as round_table,
              (select min(c.due_on) from consent_due_v c where c.household_id = f.id
                 and (c.reason = 'WRITTEN_FORM' or c.due_on between :today and :renewBy)) as consent_due,
              (select ca.assignee_name from case_assignment ca where ca.household_id = f.id and ca.ended_at is null)
                as assignee,
              count(*) over () as total
            from found f
            left join plan_status_v ps on ps.household_id = f.id
            left join coordinator_name_v cn on cn.household_id = f.id
            where true
            """;

    private final JdbcClient jdbc;

    CaseSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Found(List<CaseRow> rows, long total) {}

    Found page(CaseScope scope, CaseQuery query, LocalDate today) {
        var sql = new StringBuilder(QUERY);
        var params = new LinkedHashMap<String, Object>();
        params.put("me", scope.accountId());
        params.put("places", ids(scope.accessTeams().keySet()));
        params.put("overseen", ids(scope.overseen().keySet()));
        params.put("withoutConsent", ids(scope.withoutConsent()));
        params.put("today", today);
        params.put("renewBy", today.plusWeeks(CaseQuery.RENEWAL_WEEKS));
        if (query.asksBeyondTheName()) {
            sql.append(" and f.view <> 'ESCALATION'");
        }
        if (query.searchesText()) {
            // Overseers find a household by its name only; the team and the access team also by members and postcode.
            // C-1: without consent in a team, by the names only, not the address (docs/privacy.md).
            sql.append(" and (lower(f.name) like :name or (f.view <> 'ESCALATION'"
                    + " and (f.names like :name or (f.postcode like :postcode"
                    + " and not f.id::text = any(string_to_array(:withoutConsent, ','))))))");
            params.put("name", query.namePattern());
            params.put("postcode", query.postcodePattern());
        }
        if (query.dateOfBirth() != null) {
            sql.append(" and cast(:born as date) = any(f.birth_dates)"
                    + " and not f.id::text = any(string_to_array(:withoutConsent, ','))");
            params.put("born", query.dateOfBirth());
        }
        if (query.planState() != null) {
            sql.append(" and coalesce(ps.status, 'NONE') = :state");
            params.put("state", query.planState().name());
        }
        for (var filter : query.filters()) {
            sql.append(
                    switch (filter) {
                        case OVERDUE ->
                            " and exists (select 1 from open_action_v a where a.household_id = f.id and a.target_date < :today)";
                        case ESCALATION ->
                            " and exists (select 1 from open_escalation_v e where e.household_id = f.id)";
                        case ROUND_TABLE ->
                            " and exists (select 1 from round_table_due_v r where r.household_id = f.id)";
                        case CONSENT ->
                            " and exists (select 1 from consent_due_v c where c.household_id = f.id"
                                    + " and (c.reason = 'WRITTEN_FORM' or c.due_on between :today and :renewBy))";
                    });
        }
        sql.append(" order by lower(f.name), f.id limit :size offset :offset");
        params.put("size", query.size());
        params.put("offset", (long) (query.page() - 1) * query.size());
        var total = new long[] {0};
        var rows = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return row(rs, scope);
                })
                .list();
        return new Found(rows, total[0]);
    }

    private static CaseRow row(ResultSet rs, CaseScope scope) throws SQLException {
        var view = CaseView.valueOf(rs.getString("view"));
        var household = rs.getObject("id", UUID.class);
        var accessTeam = scope.accessTeams().get(rs.getObject("municipality_id", UUID.class));
        if (!view.showsFacts()) {
            return new CaseRow(
                    household,
                    rs.getString("name"),
                    view,
                    null,
                    null,
                    null,
                    null,
                    0,
                    null,
                    scope.overseen().getOrDefault(household, List.of()).size(),
                    null,
                    null,
                    null);
        }
        return new CaseRow(
                household,
                rs.getString("name"),
                view,
                rs.getObject("participant_id", UUID.class),
                accessTeam,
                PlanState.valueOf(rs.getString("plan_state")),
                rs.getString("coordinator"),
                rs.getInt("overdue"),
                rs.getObject("next_deadline", LocalDate.class),
                rs.getInt("escalations"),
                rs.getObject("round_table", LocalDate.class),
                rs.getObject("consent_due", LocalDate.class),
                rs.getString("assignee"));
    }

    private static String ids(Collection<UUID> ids) {
        var text = new ArrayList<String>();
        ids.forEach(id -> text.add(id.toString()));
        return String.join(",", text);
    }
}
