package nl.eenplan.implementation;

import java.util.List;

/** IMP-3: how many items of a checklist are done, out of how many. */
public record ChecklistProgress(int done, int total) {

    public static ChecklistProgress of(List<ChecklistItem> items) {
        return new ChecklistProgress(
                (int) items.stream()
                        .filter(i -> i.status() == ChecklistStatus.DONE)
                        .count(),
                items.size());
    }

    /** Done as a whole percentage, 0 for an empty checklist. */
    public int percent() {
        return total == 0 ? 0 : done * 100 / total;
    }

    /** Whether the checklist has items and every one of them is done. */
    public boolean complete() {
        return total > 0 && done == total;
    }
}
