package nl.eenplan.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.calendar.RoundTableWindow;

/**
 * A round table of a household (M-1): who took the initiative and when, the window it should be
 * held in (M-3), when and where it meets, its chair and minute taker (M-4), and the sequence number
 * of the invitation last sent (iCalendar {@code SEQUENCE}).
 */
public record RoundTable(
        UUID id,
        UUID householdId,
        int version,
        RoundTableStatus status,
        UUID initiatorId,
        UUID initiatorAccountId,
        LocalDate initiatedOn,
        RoundTableWindow window,
        Schedule schedule,
        UUID chairId,
        UUID minuteTakerId,
        int sequence,
        String minutes,
        LocalDate heldOn,
        Instant createdAt) {

    /** Still to be held. */
    public boolean open() {
        return status == RoundTableStatus.PLANNED;
    }

    public boolean cancelled() {
        return status == RoundTableStatus.CANCELLED;
    }

    public boolean scheduled() {
        return schedule != null;
    }

    /** M-3: a date outside the window is allowed, but everyone sees a warning. */
    public boolean outsideWindow() {
        return schedule != null && !window.contains(schedule.date());
    }

    /** MON-2: whether the round table was held within 5 to 15 working days after the initiative. */
    public boolean heldWithinWindow() {
        return heldOn != null && window.contains(heldOn);
    }

    /** The participant who records what was said and decided: the minute taker, else the chair. */
    public UUID recorderId() {
        return minuteTakerId != null ? minuteTakerId : chairId;
    }

    public boolean isChair(UUID participantId) {
        return chairId != null && chairId.equals(participantId);
    }

    /** the round table without its minutes, for who may not read them. */
    public RoundTable withoutMinutes() {
        return new RoundTable(
                id,
                householdId,
                version,
                status,
                initiatorId,
                initiatorAccountId,
                initiatedOn,
                window,
                schedule,
                chairId,
                minuteTakerId,
                sequence,
                "",
                heldOn,
                createdAt);
    }
}
