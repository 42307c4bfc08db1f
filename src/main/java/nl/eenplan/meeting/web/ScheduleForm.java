package nl.eenplan.meeting.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import nl.eenplan.meeting.RoundTable;
import nl.eenplan.meeting.Schedule;
import org.springframework.format.annotation.DateTimeFormat;

/** M-3, M-4: when and where a round table meets, its chair and minute taker, on the version it was opened on. */
record ScheduleForm(
        Integer version,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @DateTimeFormat(pattern = "HH:mm") LocalTime start,
        @DateTimeFormat(pattern = "HH:mm") LocalTime end,
        String place,
        Boolean remote,
        UUID chairId,
        UUID minuteTakerId) {

    static ScheduleForm of(RoundTable roundTable) {
        var schedule = roundTable.schedule();
        if (schedule == null) {
            return new ScheduleForm(
                    roundTable.version(),
                    null,
                    null,
                    null,
                    "",
                    false,
                    roundTable.chairId(),
                    roundTable.minuteTakerId());
        }
        return new ScheduleForm(
                roundTable.version(),
                schedule.date(),
                schedule.start(),
                schedule.end(),
                schedule.place(),
                schedule.remote(),
                roundTable.chairId(),
                roundTable.minuteTakerId());
    }

    Schedule toSchedule() {
        return new Schedule(date, start, end, place, Boolean.TRUE.equals(remote));
    }
}
