package nl.eenplan.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** the records of destroyed files, which hold no personal data. */
@Service
public class DestructionRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DestructionRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Optional<DestructionRecord> of(UUID householdId) {
        return jdbc.sql("select * from destruction_record where household_id = ?")
                .param(householdId)
                .query(this::record)
                .optional();
    }

    private DestructionRecord record(ResultSet rs, int row) throws SQLException {
        return new DestructionRecord(
                rs.getObject("household_id", UUID.class),
                rs.getTimestamp("destroyed_at").toInstant(),
                DestructionBasis.valueOf(rs.getString("basis")),
                rs.getObject("care_ended_on", LocalDate.class),
                rs.getObject("requested_on", LocalDate.class),
                rs.getObject("decided_on", LocalDate.class),
                json.readValue(rs.getString("row_counts"), new TypeReference<Map<String, Integer>>() {}));
    }
}
