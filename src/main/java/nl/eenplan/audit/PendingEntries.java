package nl.eenplan.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The entries a transaction recorded, written just before it commits, in one batch: they commit or
 * roll back with the access they describe. No lock is taken; the sealer seals them once committed.
 */
final class PendingEntries implements TransactionSynchronization {

    private final EntryWriter writer;
    private final List<EntryWriter.Pending> pending = new ArrayList<>();
    private boolean flushed;

    private PendingEntries(EntryWriter writer) {
        this.writer = writer;
    }

    /** Records in the running transaction; without transaction synchronisation, at once. */
    static void record(EntryWriter writer, EntryWriter.Pending entry) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            writer.append(List.of(entry));
            return;
        }
        var current = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof PendingEntries p && p.writer == writer)
                .map(PendingEntries.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    var created = new PendingEntries(writer);
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        current.add(entry);
    }

    private void add(EntryWriter.Pending entry) {
        if (flushed) {
            // Recorded by another synchronisation after ours was written: the transaction still runs.
            writer.append(List.of(entry));
        } else {
            pending.add(entry);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        flushed = true;
        var batch = List.copyOf(pending);
        pending.clear();
        writer.append(batch);
    }

    @Override
    public void afterCompletion(int status) {
        pending.clear();
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
