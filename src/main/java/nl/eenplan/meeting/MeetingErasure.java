package nl.eenplan.meeting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdErasure;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** a destroyed household's round tables with their invitees, agenda, attendance and decisions. */
@Component
@Order(30)
class MeetingErasure implements HouseholdErasure {

    private final JdbcClient jdbc;

    MeetingErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> erase(UUID householdId) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("round_table_invitee", jdbc.sql("""
                delete from round_table_invitee where round_table_id in (select id from round_table where household_id = ?)
                """).param(householdId).update());
        counts.put("round_table_agenda_item", jdbc.sql("""
                delete from round_table_agenda_item where round_table_id in (select id from round_table where household_id = ?)
                """).param(householdId).update());
        counts.put("round_table_attendance", jdbc.sql("""
                delete from round_table_attendance where round_table_id in (select id from round_table where household_id = ?)
                """).param(householdId).update());
        counts.put("round_table_decision", jdbc.sql("""
                delete from round_table_decision where round_table_id in (select id from round_table where household_id = ?)
                """).param(householdId).update());
        counts.put("round_table", jdbc.sql("""
                delete from round_table where household_id = ?
                """).param(householdId).update());
        return counts;
    }
}
