package nl.eenplan.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.participation.ParticipantKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stagnation signals of households. */
@Repository
class Stagnations {

    private final JdbcClient jdbc;

    Stagnations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Stagnation s) {
        jdbc.sql("""
                        insert into stagnation (id, household_id, action_id, participant_id, participant_kind, note,
                          follow_up, signalled_by, signalled_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        s.id(),
                        s.householdId(),
                        s.actionId(),
                        s.participantId(),
                        s.kind().name(),
                        s.note(),
                        s.followUp(),
                        s.signalledBy(),
                        Timestamp.from(s.signalledAt()))
                .update();
    }

    /** The actions of the household for which stagnation was signalled, whoever it concerned. */
    Set<UUID> signalledActions(UUID householdId) {
        return new HashSet<>(jdbc.sql("select distinct action_id from stagnation where household_id = ?")
                .param(householdId)
                .query(UUID.class)
                .list());
    }

    /** G-4: the signals about household and network members, newest first, with the chosen follow-up. */
    List<Stagnation> withoutLadder(UUID householdId) {
        return jdbc.sql("""
                        select * from stagnation where household_id = ? and participant_kind <> 'PROFESSIONAL'
                        order by signalled_at desc
                        """).param(householdId).query(Stagnations::map).list();
    }

    /** Every signal of the household, oldest first. */
    List<Stagnation> ofHousehold(UUID householdId) {
        return jdbc.sql("select * from stagnation where household_id = ? order by signalled_at")
                .param(householdId)
                .query(Stagnations::map)
                .list();
    }

    private static Stagnation map(ResultSet rs, int row) throws SQLException {
        return new Stagnation(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getObject("action_id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                ParticipantKind.valueOf(rs.getString("participant_kind")),
                rs.getString("note"),
                rs.getString("follow_up"),
                rs.getObject("signalled_by", UUID.class),
                rs.getTimestamp("signalled_at").toInstant());
    }
}
