package nl.eenplan.implementation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * IMP-3, IMP-4: how far an organisation's implementation is, read from its newest implementation
 * checklist: done when that checklist has items and every one is done, on the day the last of them was
 * marked. An organisation without a checklist has not started.
 */
public record ImplementationState(
        UUID checklistId, String checklistName, ChecklistProgress progress, LocalDate doneOn) {

    public static ImplementationState none() {
        return new ImplementationState(null, null, new ChecklistProgress(0, 0), null);
    }

    /** Whether the organisation has a checklist for its implementation. */
    public boolean started() {
        return checklistId != null;
    }

    /** IMP-4: whether the implementation is done. */
    public boolean done() {
        return started() && progress.complete();
    }
}
