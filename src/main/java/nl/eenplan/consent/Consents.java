package nl.eenplan.consent;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consents (C-1..C-3), stored with a version that guards each change. */
@Repository
class Consents {

    private static final String OPEN_WRITTEN_FORM =
            "manner = 'ORAL' and written_form_on is null and withdrawn_at is null";

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Consent c) {
        jdbc.sql("""
                insert into consent (id, household_id, subject_id, version, purpose, categories, recipients, given_by,
                  manner, written_form_due, written_form_on, valid_from, valid_until, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        c.id(),
                        c.householdId(),
                        c.subjectId(),
                        c.version(),
                        c.purpose(),
                        categoriesColumn(c.categories()),
                        Recipient.column(c.recipients()),
                        idsColumn(c.givenBy()),
                        c.manner().name(),
                        c.writtenFormDue(),
                        c.writtenFormOn(),
                        c.validFrom(),
                        c.validUntil(),
                        c.recordedBy(),
                        Timestamp.from(c.recordedAt()))
                .update();
    }

    /** Stores what can change (written form, withdrawal) if nobody changed it since {@code expectedVersion}. */
    void update(Consent c, int expectedVersion) {
        var updated = jdbc.sql("""
                        update consent set version = version + 1, written_form_on = ?, withdrawn_at = ?,
                          withdrawn_on = ?, withdrawn_by = ?
                        where id = ? and version = ?
                        """)
                .params(
                        c.writtenFormOn(),
                        c.withdrawnAt() == null ? null : Timestamp.from(c.withdrawnAt()),
                        c.withdrawnOn(),
                        c.withdrawnBy(),
                        c.id(),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConsentChangedMeanwhile();
        }
    }

    Optional<Consent> find(UUID id) {
        return jdbc.sql("select * from consent where id = ?")
                .param(id)
                .query(Consents::map)
                .optional();
    }

    List<Consent> ofHousehold(UUID householdId) {
        return jdbc.sql("select * from consent where household_id = ? order by valid_from desc, recorded_at desc")
                .param(householdId)
                .query(Consents::map)
                .list();
    }

    /** C-3: oral consents this person recorded whose written form is still to come. */
    List<Consent> openWrittenFormsOf(UUID accountId) {
        return jdbc.sql("select * from consent where recorded_by = ? and " + OPEN_WRITTEN_FORM
                        + " order by written_form_due")
                .param(accountId)
                .query(Consents::map)
                .list();
    }

    List<UUID> accountsWithWrittenFormsDueUntil(LocalDate day) {
        return jdbc.sql("select distinct recorded_by from consent where written_form_due <= ? and " + OPEN_WRITTEN_FORM)
                .param(day)
                .query(UUID.class)
                .list();
    }

    private static Consent map(ResultSet rs, int row) throws SQLException {
        return new Consent(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getObject("subject_id", UUID.class),
                rs.getInt("version"),
                rs.getString("purpose"),
                categoriesOf(rs.getString("categories")),
                Recipient.ofColumn(rs.getString("recipients")),
                idsOf(rs.getString("given_by")),
                ConsentManner.valueOf(rs.getString("manner")),
                date(rs, "written_form_due"),
                date(rs, "written_form_on"),
                date(rs, "valid_from"),
                date(rs, "valid_until"),
                rs.getObject("recorded_by", UUID.class),
                instant(rs, "recorded_at"),
                instant(rs, "withdrawn_at"),
                date(rs, "withdrawn_on"),
                rs.getObject("withdrawn_by", UUID.class));
    }

    static String categoriesColumn(Set<InformationCategory> categories) {
        return categories.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<InformationCategory> categoriesOf(String column) {
        var categories = EnumSet.noneOf(InformationCategory.class);
        Arrays.stream(column.split(","))
                .filter(s -> !s.isBlank())
                .map(InformationCategory::valueOf)
                .forEach(categories::add);
        return categories;
    }

    static String idsColumn(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    static Set<UUID> idsOf(String column) {
        return Arrays.stream(column.split(","))
                .filter(s -> !s.isBlank())
                .map(UUID::fromString)
                .collect(Collectors.toUnmodifiableSet());
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
