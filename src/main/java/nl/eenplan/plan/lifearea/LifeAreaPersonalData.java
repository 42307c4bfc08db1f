package nl.eenplan.plan.lifearea;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.audit.PersonalDataSection;
import nl.eenplan.audit.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * PL-4, X-6: tab 4 in a member's personal-data copy: for every plan of the household, current and closed,
 * the life areas, the assessments about this member and about the household, and the goals' life areas.
 */
@Component
class LifeAreaPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final LifeAreaRows rows;

    LifeAreaPersonalData(JdbcClient jdbc, LifeAreaRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalDataSection contribute(UUID householdId, UUID memberId) {
        var plans = jdbc.sql("select id from plan where household_id = ? order by created_at")
                .param(householdId)
                .query(UUID.class)
                .list();
        var data = new LinkedHashMap<String, Object>();
        data.put("plans", plans.stream().map(plan -> plan(plan, memberId)).toList());
        return new PersonalDataSection("lifeAreas", data);
    }

    private Map<String, Object> plan(UUID planId, UUID memberId) {
        var plan = new LinkedHashMap<String, Object>();
        plan.put(
                "lifeAreas",
                rows.notes(planId).stream()
                        .filter(note -> !note.equals(LifeAreaNote.empty(note.area())))
                        .toList());
        plan.put(
                "assessments",
                rows.assessments(planId).stream()
                        .filter(a -> a.memberId() == null || a.memberId().equals(memberId))
                        .toList());
        plan.put("goalLifeAreas", rows.goalAreas(planId));
        return plan;
    }
}
