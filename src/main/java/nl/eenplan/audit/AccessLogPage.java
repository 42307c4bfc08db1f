package nl.eenplan.audit;

import java.util.List;
import java.util.UUID;

/**
 * One page of a household's access log, newest first, with the members whose data the reader may
 * download (himself and the children he represents, X-6).
 */
public record AccessLogPage(
        UUID householdId,
        String household,
        List<AccessLogLine> lines,
        int page,
        boolean hasNext,
        List<DataSubject> represented) {

    public boolean hasPrevious() {
        return page > 0;
    }
}
