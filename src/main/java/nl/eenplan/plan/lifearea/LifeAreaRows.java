package nl.eenplan.plan.lifearea;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** PL-4: the rows of tab 4 of one plan: life areas, assessments with their levels, goals' life areas. */
@Component
class LifeAreaRows {

    private final JdbcClient jdbc;

    LifeAreaRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every life area of the plan, in the method's order; an area nothing was recorded about is empty. */
    List<LifeAreaNote> notes(UUID planId) {
        var found = new EnumMap<LifeArea, LifeAreaNote>(LifeArea.class);
        jdbc.sql("""
                        select area, strengths, concerns, discussed, household_view, professional_view
                        from plan_life_area where plan_id = ?
                        """)
                .param(planId)
                .query((rs, n) -> new LifeAreaNote(
                        LifeArea.valueOf(rs.getString("area")),
                        rs.getString("strengths"),
                        rs.getString("concerns"),
                        rs.getBoolean("discussed"),
                        rs.getString("household_view"),
                        rs.getString("professional_view")))
                .list()
                .forEach(note -> found.put(note.area(), note));
        var notes = new ArrayList<LifeAreaNote>();
        for (var area : LifeArea.values()) {
            notes.add(found.getOrDefault(area, LifeAreaNote.empty(area)));
        }
        return notes;
    }

    void save(UUID planId, LifeAreaNote note) {
        jdbc.sql("""
                        insert into plan_life_area (plan_id, area, strengths, concerns, discussed, household_view,
                          professional_view) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (plan_id, area) do update set strengths = excluded.strengths,
                          concerns = excluded.concerns, discussed = excluded.discussed,
                          household_view = excluded.household_view, professional_view = excluded.professional_view
                        """)
                .params(
                        planId,
                        note.area().name(),
                        note.strengths(),
                        note.concerns(),
                        note.discussed(),
                        note.householdView(),
                        note.professionalView())
                .update();
    }

    /** The plan's assessments, the oldest first. */
    List<Assessment> assessments(UUID planId) {
        var scores = new HashMap<UUID, Map<MatrixDomain, Integer>>();
        jdbc.sql("""
                        select s.assessment_id, s.domain, s.score from plan_assessment_score s
                        join plan_assessment a on a.id = s.assessment_id where a.plan_id = ?
                        """).param(planId).query(rs -> {
            scores.computeIfAbsent(rs.getObject(1, UUID.class), id -> new EnumMap<>(MatrixDomain.class))
                    .put(MatrixDomain.valueOf(rs.getString(2)), rs.getInt(3));
        });
        return jdbc.sql("""
                        select id, member_id, assessed_on, assessed_by, note, created_at from plan_assessment
                        where plan_id = ? order by assessed_on, created_at
                        """)
                .param(planId)
                .query((rs, n) -> {
                    var id = rs.getObject("id", UUID.class);
                    return new Assessment(
                            id,
                            rs.getObject("member_id", UUID.class),
                            rs.getObject("assessed_on", LocalDate.class),
                            rs.getString("assessed_by"),
                            rs.getString("note"),
                            scores.getOrDefault(id, Map.of()),
                            rs.getTimestamp("created_at").toInstant());
                })
                .list();
    }

    void add(UUID planId, UUID id, NewAssessment assessment, Instant at) {
        jdbc.sql("""
                        insert into plan_assessment (id, plan_id, member_id, assessed_on, assessed_by, note, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        planId,
                        assessment.memberId(),
                        assessment.assessedOn(),
                        assessment.assessedBy(),
                        assessment.note(),
                        Timestamp.from(at))
                .update();
        assessment
                .scores()
                .forEach((domain, score) -> jdbc.sql(
                                "insert into plan_assessment_score (assessment_id, domain, score) values (?, ?, ?)")
                        .params(id, domain.name(), score)
                        .update());
    }

    /** The life areas each goal of the plan addresses. */
    Map<UUID, Set<LifeArea>> goalAreas(UUID planId) {
        var links = new LinkedHashMap<UUID, Set<LifeArea>>();
        jdbc.sql("""
                        select l.goal_id, l.area from plan_goal_life_area l join goal g on g.id = l.goal_id
                        where g.plan_id = ? order by g.priority, l.area
                        """).param(planId).query(rs -> {
            links.computeIfAbsent(rs.getObject(1, UUID.class), id -> EnumSet.noneOf(LifeArea.class))
                    .add(LifeArea.valueOf(rs.getString(2)));
        });
        return links;
    }

    void link(UUID planId, UUID goalId, Set<LifeArea> areas) {
        if (jdbc.sql("select count(*) from goal where id = ? and plan_id = ?")
                        .params(goalId, planId)
                        .query(Integer.class)
                        .single()
                == 0) {
            return;
        }
        jdbc.sql("delete from plan_goal_life_area where goal_id = ?")
                .param(goalId)
                .update();
        areas.forEach(area -> jdbc.sql("insert into plan_goal_life_area (goal_id, area) values (?, ?)")
                .params(goalId, area.name())
                .update());
    }
}
