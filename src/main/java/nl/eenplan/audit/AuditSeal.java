package nl.eenplan.audit;

import java.time.Instant;

/**
 * A seal over a batch of the access log: the entries of every transaction with an id from {@code
 * fromTransaction} up to (not including) {@code toTransaction}, their number, the hash over their
 * hashes in (transaction, id) order, the hash of the seal before it, and its own hash ({@link
 * SealHash}). The database makes seals ({@code audit_seal_next}, V30); EenPlan only reads them.
 */
public record AuditSeal(
        long seq,
        long fromTransaction,
        long toTransaction,
        int entries,
        String entriesHash,
        String previousHash,
        String hash,
        Instant sealedAt) {}
