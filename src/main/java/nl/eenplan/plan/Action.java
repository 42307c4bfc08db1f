package nl.eenplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** G-2: who (one or more participants) does what, from when, until when, evaluated when. */
public record Action(
        UUID id,
        UUID goalId,
        String what,
        LocalDate startDate,
        LocalDate targetDate,
        LocalDate evaluationDate,
        Set<UUID> participantIds,
        Instant doneAt) {

    public boolean done() {
        return doneAt != null;
    }

    public boolean overdueOn(LocalDate today) {
        return !done() && targetDate.isBefore(today);
    }

    public boolean involves(UUID participantId) {
        return participantIds.contains(participantId);
    }
}
