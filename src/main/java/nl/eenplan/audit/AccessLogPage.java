package nl.eenplan.audit;

import java.util.List;
import java.util.UUID;

/**
 * One page of a household's access log, newest first and grouped by day, with the members whose data
 * the reader may download (himself and the children he represents, X-6). {@code ownHidden} tells that
 * the reader's own visits are left out (the default).
 */
public record AccessLogPage(
        UUID householdId,
        String household,
        List<AccessLogDay> days,
        int page,
        boolean hasNext,
        boolean ownHidden,
        List<DataSubject> represented) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }
}
