package nl.eenplan.audit;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A household's access log as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
 * the accents). A text that a spreadsheet would take for a formula gets a leading apostrophe.
 */
final class AccessLogCsv {

    private static final String HEADER = "id,occurred_at,event,account_id,account_name,organisation,administrator,"
            + "on_behalf_of,household_id,member_id,basis,subject_type,subject_id,detail,previous_hash,hash";

    private AccessLogCsv() {}

    static byte[] write(AccessLogExport.Export export) {
        var out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (var line : export.entries()) {
            var e = line.entry();
            out.append(Stream.of(
                                    e.id(),
                                    e.occurredAt(),
                                    e.event(),
                                    e.accountId(),
                                    line.person().name(),
                                    line.person().organisation(),
                                    line.person().administrator(),
                                    e.onBehalfOf(),
                                    e.householdId(),
                                    e.memberId(),
                                    e.basis(),
                                    e.subjectType(),
                                    e.subjectId(),
                                    e.detail(),
                                    e.previousHash(),
                                    e.hash())
                            .map(value -> cell(value == null ? "" : Objects.toString(value)))
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        var safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
