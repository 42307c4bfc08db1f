package nl.eenplan.plan;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * PL-1, PL-10: what tab 1 says about the household beyond coordination: its situation and its help question
 * in its own words, which participants are foster parents (they agree to the plan as far as it describes
 * their role), and since when closed youth care applies (the plan is then always put in writing, within 14
 * days of that day).
 */
public record Situation(
        String description, String helpQuestion, Set<UUID> fosterParentIds, LocalDate closedYouthCareOn) {

    public static final Situation NONE = new Situation("", "", Set.of(), null);

    public Situation {
        description = description == null ? "" : description;
        helpQuestion = helpQuestion == null ? "" : helpQuestion;
        fosterParentIds = fosterParentIds == null ? Set.of() : Set.copyOf(fosterParentIds);
    }

    /** PL-10: whether closed youth care applies. */
    public boolean closedYouthCare() {
        return closedYouthCareOn != null;
    }

    /**
     * PL-1, PL-10: this situation as tab 1 now records it; closed youth care counts from {@code today} when
     * it is first recorded, and keeps its day while it stays recorded.
     */
    Situation recorded(Tab1 tab1, LocalDate today) {
        var since = !tab1.closedYouthCare() ? null : closedYouthCare() ? closedYouthCareOn : today;
        return new Situation(tab1.situation(), tab1.helpQuestion(), tab1.fosterParentIds(), since);
    }

    public boolean fosterParent(UUID participantId) {
        return fosterParentIds.contains(participantId);
    }

    /**
     * PL-10: the day from which the plan must be in writing within 14 days: the request for it, or the day
     * closed youth care was recorded, whichever came first; null when neither.
     */
    public static LocalDate inWritingFrom(LocalDate requestedOn, LocalDate closedYouthCareOn) {
        if (requestedOn == null || closedYouthCareOn == null) {
            return requestedOn == null ? closedYouthCareOn : requestedOn;
        }
        return requestedOn.isBefore(closedYouthCareOn) ? requestedOn : closedYouthCareOn;
    }
}
