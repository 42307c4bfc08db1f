package nl.eenplan.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code feed_event}. An entry is written in the transaction of its change and gets its place
 * from that transaction's id and a sequence; a page hands out only entries of transactions older than
 * every transaction still running, in that order, so a reader never passes an entry that commits later
 * (docs/adr/0030).
 */
@Repository
class FeedEntries {

    private static final String PAGE = """
            select id, tx::text as tx_text, seq, type, household_id, municipality_id, plan_id, plan_version,
                   subject_type, subject_id, occurred_at
            from feed_event
            where (tx, seq) > (cast(:tx as xid8), :seq)
              and tx < pg_snapshot_xmin(pg_current_snapshot())
              and (municipality_id = any(cast(string_to_array(:places, ',') as uuid[]))
                   or household_id = any(cast(string_to_array(:households, ',') as uuid[]))
                   or (household_id = any(cast(string_to_array(:overseen, ',') as uuid[]))
                       and starts_with(type, :overseenTypes)))
            order by tx, seq
            limit :limit
            """;

    private final JdbcClient jdbc;

    FeedEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes an entry in the current transaction, with the household's municipality as it is now. */
    void append(
            UUID id,
            String type,
            UUID householdId,
            UUID planId,
            Integer planVersion,
            String subjectType,
            UUID subjectId,
            java.time.Instant at) {
        jdbc.sql("""
                        insert into feed_event (id, type, household_id, municipality_id, plan_id, plan_version,
                                                subject_type, subject_id, occurred_at)
                        values (:id, :type, :household,
                                (select municipality_id from household_municipality_v where household_id = :household),
                                :plan, :version, :subjectType, :subject, :at)
                        """)
                .param("id", id)
                .param("type", type)
                .param("household", householdId)
                .param("plan", planId)
                .param("version", planVersion)
                .param("subjectType", subjectType)
                .param("subject", subjectId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Up to {@code limit} entries after this position, in the order of the feed, of the households in
     * these municipalities or among these households, and of the overseen households those whose type
     * starts with {@code overseenTypes}.
     */
    List<FeedEntry> after(
            FeedPosition after,
            Collection<UUID> municipalities,
            Collection<UUID> households,
            Collection<UUID> overseen,
            String overseenTypes,
            int limit) {
        if (municipalities.isEmpty() && households.isEmpty() && overseen.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PAGE)
                .param("tx", Long.toString(after.tx()))
                .param("seq", after.seq())
                .param("places", ids(municipalities))
                .param("households", ids(households))
                .param("overseen", ids(overseen))
                .param("overseenTypes", overseenTypes)
                .param("limit", limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** the entries of a destroyed household. */
    int erase(UUID householdId) {
        return jdbc.sql("delete from feed_event where household_id = ?")
                .param(householdId)
                .update();
    }

    private static FeedEntry entry(ResultSet rs) throws SQLException {
        var version = rs.getObject("plan_version", Integer.class);
        return new FeedEntry(
                rs.getObject("id", UUID.class),
                new FeedPosition(Long.parseLong(rs.getString("tx_text")), rs.getLong("seq")),
                rs.getString("type"),
                rs.getObject("household_id", UUID.class),
                rs.getObject("municipality_id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                version,
                rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant());
    }

    private static String ids(Collection<UUID> ids) {
        var text = new ArrayList<String>();
        ids.forEach(id -> text.add(id.toString()));
        return String.join(",", text);
    }
}
