package nl.eenplan.audit;

/**
 * The outcome of checking the hash chain: intact with its number of entries and the hash of its last
 * entry (to note down elsewhere, so a later check also notices entries cut off at the end), or broken
 * at the first entry that does not fit.
 */
public record ChainVerdict(boolean intact, long entries, long brokenEntryId, Problem problem, String headHash) {

    /** What is wrong with the first entry that does not fit. */
    public enum Problem {
        /** Its hash is not the hash of its fields: the entry was changed. */
        CHANGED,
        /** It does not point to the entry before it: an entry was removed, inserted or reordered. */
        UNLINKED
    }

    static ChainVerdict intact(long entries, String headHash) {
        return new ChainVerdict(true, entries, 0, null, headHash);
    }

    static ChainVerdict broken(long checked, long entryId, Problem problem) {
        return new ChainVerdict(false, checked, entryId, problem, null);
    }

    /** One line for the console and the logs. */
    public String summary() {
        return intact
                ? "audit chain intact: " + entries + " entries, last hash " + headHash
                : "audit chain broken at entry " + brokenEntryId + ": " + describe(problem) + " (" + entries
                        + " entries before it are intact)";
    }

    private static String describe(Problem problem) {
        return switch (problem) {
            case CHANGED -> "its hash does not match its fields, so it was changed";
            case UNLINKED -> "it does not point to the entry before it, so an entry was removed or inserted";
        };
    }
}
