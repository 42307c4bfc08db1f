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

    static Action added(UUID id, UUID goalId, NewAction action) {
        return new Action(id, goalId, "", null, null, null, Set.of(), null).changedTo(action);
    }

    /** G-2: what, who and the dates as changed; whether it is done stays. */
    Action changedTo(NewAction changes) {
        return new Action(
                id,
                goalId,
                changes.what(),
                changes.startDate(),
                changes.targetDate(),
                changes.evaluationDate(),
                changes.participantIds(),
                doneAt);
    }

    /** G-4: done at the first moment it was marked done. */
    Action doneOn(Instant at) {
        return done() ? this : new Action(id, goalId, what, startDate, targetDate, evaluationDate, participantIds, at);
    }
}
