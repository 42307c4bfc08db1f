package nl.eenplan.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes of a seal. Its entries hash is SHA-256 over the hashes of its entries, each followed by a
 * newline, in (transaction, id) order. Its own hash is SHA-256 over {@code seal-v1|seq|from|to|entries|
 * entries_hash|previous_hash|sealed_at} (UTC to the microsecond); the first seal links to 64 zeros. The
 * SQL functions {@code audit_seal_next} and {@code audit_seal_canonical} (V30) compute the same.
 */
final class SealHash {

    private SealHash() {}

    static String of(AuditSeal s) {
        return EntryHash.sha256(String.join(
                "|",
                "seal-v1",
                Long.toString(s.seq()),
                Long.toString(s.fromTransaction()),
                Long.toString(s.toTransaction()),
                Integer.toString(s.entries()),
                s.entriesHash(),
                s.previousHash(),
                EntryHash.TIME.format(s.sealedAt())));
    }

    /** The running hash over a seal's entries, fed one entry hash at a time. */
    static final class Entries {

        private final MessageDigest digest;
        private int count;

        Entries() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        void add(String entryHash) {
            digest.update((entryHash + "\n").getBytes(StandardCharsets.UTF_8));
            count++;
        }

        int count() {
            return count;
        }

        /** The hash over the entries added, after which this one starts anew. */
        String finish() {
            count = 0;
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
