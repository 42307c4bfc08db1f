package nl.eenplan.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import nl.eenplan.calendar.RoundTableWindow;

/** Reads a round table from its row. */
final class RoundTableRows {

    private RoundTableRows() {}

    static RoundTable map(ResultSet rs, int row) throws SQLException {
        var date = rs.getObject("meeting_date", LocalDate.class);
        var schedule = date == null
                ? null
                : new Schedule(
                        date,
                        rs.getObject("starts_at", LocalTime.class),
                        rs.getObject("ends_at", LocalTime.class),
                        rs.getString("place"),
                        rs.getBoolean("remote"));
        return new RoundTable(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getInt("version"),
                RoundTableStatus.valueOf(rs.getString("status")),
                rs.getObject("initiator_id", UUID.class),
                rs.getObject("initiator_account_id", UUID.class),
                rs.getObject("initiated_on", LocalDate.class),
                new RoundTableWindow(
                        rs.getObject("window_earliest", LocalDate.class),
                        rs.getObject("window_latest", LocalDate.class)),
                schedule,
                rs.getObject("chair_id", UUID.class),
                rs.getObject("minute_taker_id", UUID.class),
                rs.getInt("sequence"),
                rs.getString("minutes"),
                rs.getObject("held_on", LocalDate.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
