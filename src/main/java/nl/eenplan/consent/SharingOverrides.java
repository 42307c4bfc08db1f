package nl.eenplan.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decisions about sharing without consent (C-5); recorded once, never changed. */
@Repository
class SharingOverrides {

    private final JdbcClient jdbc;

    SharingOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SharingOverride o) {
        var a = o.answers();
        jdbc.sql("""
                insert into sharing_override (id, household_id, subject_id, version, recipients, categories,
                  goal, without_sharing, consent_asked, outweighs, information_needed, discussed_on, discussed_with,
                  decision, household_informed, not_informed_reason, valid_until, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        o.id(),
                        o.householdId(),
                        o.subjectId(),
                        o.version(),
                        Recipient.column(o.recipients()),
                        Consents.categoriesColumn(o.categories()),
                        a.goal(),
                        a.withoutSharing(),
                        a.consentAsked(),
                        a.outweighs(),
                        a.informationNeeded(),
                        o.discussedOn(),
                        o.discussedWith(),
                        o.decision().name(),
                        o.householdInformed(),
                        o.notInformedReason(),
                        o.validUntil(),
                        o.recordedBy(),
                        Timestamp.from(o.recordedAt()))
                .update();
    }

    List<SharingOverride> ofHousehold(UUID householdId) {
        return jdbc.sql(
                        "select * from sharing_override where household_id = ? order by discussed_on desc, recorded_at desc")
                .param(householdId)
                .query(SharingOverrides::map)
                .list();
    }

    private static SharingOverride map(ResultSet rs, int row) throws SQLException {
        return new SharingOverride(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getObject("subject_id", UUID.class),
                rs.getInt("version"),
                Recipient.ofColumn(rs.getString("recipients")),
                Consents.categoriesOf(rs.getString("categories")),
                new FiveQuestions(
                        rs.getString("goal"),
                        rs.getString("without_sharing"),
                        rs.getString("consent_asked"),
                        rs.getString("outweighs"),
                        rs.getString("information_needed")),
                Consents.date(rs, "discussed_on"),
                rs.getString("discussed_with"),
                OverrideDecision.valueOf(rs.getString("decision")),
                rs.getBoolean("household_informed"),
                rs.getString("not_informed_reason"),
                Consents.date(rs, "valid_until"),
                rs.getObject("recorded_by", UUID.class),
                Consents.instant(rs, "recorded_at"));
    }
}
