package nl.eenplan.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The link of an entry in the hash chain: SHA-256 over a canonical text of its fields and the hash of
 * the entry before it. The text is {@code v1|id|occurred_at|account|on_behalf_of|event|subject_type|
 * subject_id|household|member|basis|detail|previous_hash}, each field with {@code \} written as
 * {@code \\} and {@code |} as {@code \|}, a missing field as {@code \N}, times in UTC to the
 * microsecond. The SQL function {@code audit_entry_canonical} (V10) writes the same text.
 */
final class EntryHash {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EntryHash() {}

    /** PostgreSQL keeps microseconds; a time is cut to them before it is stored or hashed. */
    static Instant storable(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static String of(AuditEntry e) {
        return sha256(canonical(e));
    }

    static String canonical(AuditEntry e) {
        return Stream.of(
                        "v1",
                        Long.toString(e.id()),
                        TIME.format(e.occurredAt()),
                        text(e.accountId()),
                        text(e.onBehalfOf()),
                        e.event(),
                        e.subjectType(),
                        e.subjectId(),
                        text(e.householdId()),
                        text(e.memberId()),
                        e.basis(),
                        e.detail(),
                        e.previousHash())
                .map(EntryHash::escape)
                .collect(Collectors.joining("|"));
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String escape(String value) {
        return value == null ? "\\N" : value.replace("\\", "\\\\").replace("|", "\\|");
    }

    static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
