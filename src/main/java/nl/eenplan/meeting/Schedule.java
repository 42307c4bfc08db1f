package nl.eenplan.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.home.FieldRules;

/**
 * When and where a round table meets: a day, a start and end time (Dutch time), and a place, or
 * by phone or video (M-1: not every meeting is around a table).
 */
public record Schedule(LocalDate date, LocalTime start, LocalTime end, String place, boolean remote) {

    /** Round tables meet in the Netherlands; invitations give this zone's times. */
    public Schedule {
        if (date == null) {
            throw new RoundTableRefused("meeting.schedule.dateRequired", "date");
        }
        if (start == null) {
            throw new RoundTableRefused("meeting.schedule.startRequired", "start");
        }
        if (end == null) {
            throw new RoundTableRefused("meeting.schedule.endRequired", "end");
        }
        if (!end.isAfter(start)) {
            throw new RoundTableRefused("meeting.schedule.endBeforeStart", "end");
        }
        place = place == null || place.isBlank() ? null : place.strip();
        if (place == null && !remote) {
            throw new RoundTableRefused("meeting.schedule.placeRequired", "place");
        }
        if (!FieldRules.isText(place, FieldRules.NAME, false)) {
            throw new RoundTableRefused("meeting.schedule.placeTooLong", "place");
        }
    }

    public ZonedDateTime startsAt() {
        return date.atTime(start).atZone(DutchTime.ZONE);
    }

    public ZonedDateTime endsAt() {
        return date.atTime(end).atZone(DutchTime.ZONE);
    }

    /** Whether a change to {@code other} moves the meeting in time (answers given so far then lapse). */
    public boolean sameTimeAs(Schedule other) {
        return other != null && date.equals(other.date) && start.equals(other.start) && end.equals(other.end);
    }
}
