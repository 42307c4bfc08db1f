package nl.eenplan.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores who is invited to a round table and their answers (M-4). */
@Repository
class Invitations {

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Invitee> of(UUID roundTableId) {
        return jdbc.sql("select * from round_table_invitee where round_table_id = ? order by invited_at, email")
                .param(roundTableId)
                .query(Invitations::map)
                .list();
    }

    /** Invites a participant, or invites again at the same or a new address; an earlier answer stays. */
    void invite(UUID roundTableId, UUID participantId, String email, Instant now) {
        jdbc.sql("""
                insert into round_table_invitee (round_table_id, participant_id, email, invited_at)
                values (?, ?, ?, ?)
                on conflict (round_table_id, participant_id) do update set email = excluded.email
                """)
                .params(roundTableId, participantId, email, Timestamp.from(now))
                .update();
    }

    void answer(UUID roundTableId, UUID participantId, Reply reply, UUID accountId, Instant now) {
        jdbc.sql("""
                update round_table_invitee set answer = ?, answered_at = ?, answered_by = ?, replacement_name = ?,
                  replacement_email = ?
                where round_table_id = ? and participant_id = ?
                """)
                .params(
                        reply.answer().name(),
                        Timestamp.from(now),
                        accountId,
                        reply.replacementName(),
                        reply.replacementEmail(),
                        roundTableId,
                        participantId)
                .update();
    }

    /** The meeting moved in time: answers given for the old time no longer hold. */
    void forgetAnswers(UUID roundTableId) {
        jdbc.sql("""
                update round_table_invitee set answer = null, answered_at = null, answered_by = null,
                  replacement_name = null, replacement_email = null
                where round_table_id = ?
                """).param(roundTableId).update();
    }

    /** Invitations still to be answered for these participants, of round tables still to be held. */
    List<Unanswered> unansweredBy(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        var ids = String.join(",", participantIds.stream().map(UUID::toString).toList());
        return jdbc.sql("""
                        select r.id, r.household_id, i.participant_id, r.meeting_date from round_table_invitee i
                        join round_table r on r.id = i.round_table_id
                        where i.answer is null and r.status = 'PLANNED' and r.meeting_date is not null
                          and i.participant_id::text = any(string_to_array(?, ','))
                        """)
                .param(ids)
                .query((rs, n) -> new Unanswered(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** Participants with an unanswered invitation to a meeting from {@code from} (null: any) up to {@code until}. */
    List<UUID> unansweredParticipantsMeeting(LocalDate from, LocalDate until) {
        return jdbc.sql("""
                        select distinct i.participant_id from round_table_invitee i
                        join round_table r on r.id = i.round_table_id
                        where i.answer is null and r.status = 'PLANNED' and r.meeting_date <= ?
                          and (cast(? as date) is null or r.meeting_date >= ?)
                        """).params(until, from, from).query(UUID.class).list();
    }

    /** An invitation still to be answered: which round table, whose, and the day of the meeting. */
    record Unanswered(UUID roundTableId, UUID householdId, UUID participantId, LocalDate meetingDate) {}

    private static Invitee map(ResultSet rs, int row) throws SQLException {
        var answer = rs.getString("answer");
        var answeredAt = rs.getTimestamp("answered_at");
        return new Invitee(
                rs.getObject("participant_id", UUID.class),
                rs.getString("email"),
                rs.getTimestamp("invited_at").toInstant(),
                answer == null ? null : Answer.valueOf(answer),
                answeredAt == null ? null : answeredAt.toInstant(),
                rs.getString("replacement_name"),
                rs.getString("replacement_email"));
    }
}
