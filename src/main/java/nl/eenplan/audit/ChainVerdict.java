package nl.eenplan.audit;

import java.time.Duration;

/**
 * The outcome of checking the access log against its seals and checkpoints. Intact: how many
 * entries, seals and checkpoints were checked, how many entries are not sealed yet and how long the
 * oldest of them has waited (the sealing lag), and the hash of the newest seal (to note down elsewhere,
 * like the checkpoints). Broken: the first entry or seal that does not fit, and why.
 */
public record ChainVerdict(
        boolean intact,
        long entries,
        long seals,
        long checkpoints,
        long unsealed,
        Duration sealingLag,
        long brokenEntryId,
        long brokenSeal,
        Problem problem,
        String headHash) {

    /** What is wrong with the first entry or seal that does not fit. */
    public enum Problem {
        /** An entry's hash is not the hash of its fields: the entry was changed. */
        CHANGED,
        /** An entry of the chain from before the seals does not point to the entry before it. */
        UNLINKED,
        /** A seal's entries are not those it sealed: an entry was removed, inserted or changed with its hash. */
        NOT_AS_SEALED,
        /** A seal does not fit its own fields or does not follow the seal before it. */
        SEAL_CHANGED,
        /** A signed checkpoint does not hold, or names a seal that is gone or differs. */
        CHECKPOINT
    }

    static ChainVerdict intact(
            long entries, long seals, long checkpoints, long unsealed, Duration sealingLag, String headHash) {
        return new ChainVerdict(true, entries, seals, checkpoints, unsealed, sealingLag, 0, 0, null, headHash);
    }

    static ChainVerdict brokenEntry(long checked, long entryId, Problem problem) {
        return new ChainVerdict(false, checked, 0, 0, 0, Duration.ZERO, entryId, 0, problem, null);
    }

    static ChainVerdict brokenSeal(long checked, long seal, Problem problem) {
        return new ChainVerdict(false, checked, 0, 0, 0, Duration.ZERO, 0, seal, problem, null);
    }

    /** Whether the first problem found is in an entry (otherwise in a seal or checkpoint). */
    public boolean brokenAtEntry() {
        return brokenEntryId != 0;
    }

    /** One line for the console and the logs. */
    public String summary() {
        if (intact) {
            return "audit chain intact: " + entries + " entries, " + seals + " seals, " + checkpoints
                    + " signed checkpoints; " + unsealed + " entries not sealed yet (oldest waiting "
                    + sealingLag.toMillis() + " ms); last seal hash " + headHash;
        }
        var where = brokenAtEntry() ? "entry " + brokenEntryId : "seal " + brokenSeal;
        return "audit chain broken at " + where + ": " + describe(problem) + " (" + entries
                + " entries before it are intact)";
    }

    private static String describe(Problem problem) {
        return switch (problem) {
            case CHANGED -> "its hash does not match its fields, so it was changed";
            case UNLINKED -> "it does not point to the entry before it, so an entry was removed or inserted";
            case NOT_AS_SEALED -> "its entries are not those it sealed, so one was removed, inserted or rewritten";
            case SEAL_CHANGED -> "it does not match its fields or the seal before it, so the seals were changed";
            case CHECKPOINT -> "a signed checkpoint does not match it, so the log and its seals were rewritten";
        };
    }
}
