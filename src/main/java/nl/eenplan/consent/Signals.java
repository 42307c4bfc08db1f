package nl.eenplan.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recorded signals (C-6); facts, never changed. */
@Repository
class Signals {

    private final JdbcClient jdbc;

    Signals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Signal s) {
        jdbc.sql("""
                insert into consent_signal (id, household_id, subject_id, version, kind, signalled_on, note,
                  recorded_by, recorded_at)
                values (?, ?, ?, 0, ?, ?, ?, ?, ?)
                """)
                .params(
                        s.id(),
                        s.householdId(),
                        s.subjectId(),
                        s.kind().name(),
                        s.on(),
                        s.note(),
                        s.recordedBy(),
                        Timestamp.from(s.recordedAt()))
                .update();
    }

    List<Signal> ofHousehold(UUID householdId) {
        return jdbc.sql(
                        "select * from consent_signal where household_id = ? order by signalled_on desc, recorded_at desc")
                .param(householdId)
                .query(Signals::map)
                .list();
    }

    private static Signal map(ResultSet rs, int row) throws SQLException {
        return new Signal(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getObject("subject_id", UUID.class),
                SignalKind.valueOf(rs.getString("kind")),
                Consents.date(rs, "signalled_on"),
                rs.getString("note"),
                rs.getObject("recorded_by", UUID.class),
                Consents.instant(rs, "recorded_at"));
    }
}
