package nl.eenplan.plan.provision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of tab 3 (PL-3, PL-10): provisions, the goals they serve, and the law per member. */
@Repository
class ProvisionRows {

    private static final String SELECT = """
            select p.*, array(select g.goal_id from plan_provision_goal g where g.provision_id = p.id
                              order by g.goal_id) as goal_ids
            from plan_provision p
            """;

    private final JdbcClient jdbc;

    ProvisionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Provision> of(UUID planId) {
        return jdbc.sql(SELECT + " where p.plan_id = ? order by p.created_at, p.id")
                .param(planId)
                .query(ProvisionRows::provision)
                .list();
    }

    Optional<Provision> find(UUID planId, UUID id) {
        return jdbc.sql(SELECT + " where p.plan_id = ? and p.id = ?")
                .param(planId)
                .param(id)
                .query(ProvisionRows::provision)
                .optional();
    }

    void insert(Provision p) {
        jdbc.sql("""
                        insert into plan_provision (id, plan_id, member_id, law, kind, kind_other, provider, reason,
                          volume, unit, frequency, start_date, end_date, status, created_at)
                        values (:id, :plan, :member, :law, :kind, :kindOther, :provider, :reason,
                          :volume, :unit, :frequency, :start, :end, :status, :created)
                        """).params(params(p)).update();
        goals(p);
    }

    void update(Provision p) {
        jdbc.sql("""
                        update plan_provision set member_id = :member, law = :law, kind = :kind, kind_other = :kindOther,
                          provider = :provider, reason = :reason, volume = :volume, unit = :unit, frequency = :frequency,
                          start_date = :start, end_date = :end, status = :status
                        where id = :id and plan_id = :plan
                        """).params(params(p)).update();
        jdbc.sql("delete from plan_provision_goal where provision_id = ?")
                .param(p.id())
                .update();
        goals(p);
    }

    List<MemberLawEntry> laws(UUID planId) {
        return jdbc.sql("select * from plan_member_law where plan_id = ?")
                .param(planId)
                .query((rs, n) -> new MemberLawEntry(
                        rs.getObject("member_id", UUID.class),
                        MemberLaw.valueOf(rs.getString("law")),
                        rs.getObject("support_requested_on", LocalDate.class),
                        rs.getObject("personal_plan_received_on", LocalDate.class)))
                .list();
    }

    void saveLaw(UUID planId, MemberLawEntry entry) {
        jdbc.sql("""
                        insert into plan_member_law (plan_id, member_id, law, support_requested_on, personal_plan_received_on)
                        values (?, ?, ?, ?, ?)
                        on conflict (plan_id, member_id) do update set law = excluded.law,
                          support_requested_on = excluded.support_requested_on,
                          personal_plan_received_on = excluded.personal_plan_received_on
                        """)
                .params(
                        planId,
                        entry.memberId(),
                        entry.law().name(),
                        entry.supportRequestedOn(),
                        entry.personalPlanReceivedOn())
                .update();
    }

    private void goals(Provision p) {
        for (var goal : p.goalIds()) {
            jdbc.sql("insert into plan_provision_goal (provision_id, goal_id) values (?, ?)")
                    .params(p.id(), goal)
                    .update();
        }
    }

    private static Map<String, Object> params(Provision p) {
        var values = new java.util.HashMap<String, Object>();
        values.put("id", p.id());
        values.put("plan", p.planId());
        values.put("member", p.memberId());
        values.put("law", p.law().name());
        values.put("kind", p.kind().name());
        values.put("kindOther", p.kindOther());
        values.put("provider", p.provider());
        values.put("reason", p.reason());
        values.put("volume", p.volume());
        values.put("unit", p.unit() == null ? null : p.unit().name());
        values.put("frequency", p.frequency() == null ? null : p.frequency().name());
        values.put("start", p.startDate());
        values.put("end", p.endDate());
        values.put("status", p.status().name());
        values.put("created", OffsetDateTime.ofInstant(p.createdAt(), ZoneOffset.UTC));
        return values;
    }

    private static Provision provision(ResultSet rs, int row) throws SQLException {
        var goals =
                new ArrayList<>(Arrays.asList((UUID[]) rs.getArray("goal_ids").getArray()));
        var unit = rs.getString("unit");
        var frequency = rs.getString("frequency");
        return new Provision(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                rs.getObject("member_id", UUID.class),
                Law.valueOf(rs.getString("law")),
                ProvisionKind.valueOf(rs.getString("kind")),
                rs.getString("kind_other"),
                rs.getString("provider"),
                rs.getString("reason"),
                rs.getObject("volume", Integer.class),
                unit == null ? null : ScopeUnit.valueOf(unit),
                frequency == null ? null : ScopeFrequency.valueOf(frequency),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                ProvisionStatus.valueOf(rs.getString("status")),
                goals,
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static Map<UUID, MemberLawEntry> byMember(List<MemberLawEntry> entries) {
        return entries.stream().collect(Collectors.toMap(MemberLawEntry::memberId, e -> e));
    }
}
