package nl.eenplan.meeting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.meeting.RoundTableDetail;
import nl.eenplan.meeting.RoundTableRefused;
import org.springframework.format.annotation.DateTimeFormat;

/** Who was there, the minutes, and whether (and when) the round table was held. */
record MinutesForm(
        Integer version,
        List<UUID> present,
        String minutes,
        Boolean held,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn) {

    MinutesForm {
        present = present == null ? List.of() : List.copyOf(present);
    }

    static MinutesForm of(RoundTableDetail detail) {
        var roundTable = detail.roundTable();
        var heldOn = roundTable.heldOn() != null
                ? roundTable.heldOn()
                : roundTable.scheduled() ? roundTable.schedule().date() : null;
        return new MinutesForm(
                roundTable.version(),
                List.copyOf(detail.attendance()),
                roundTable.minutes(),
                roundTable.heldOn() != null,
                heldOn);
    }

    Set<UUID> presentIds() {
        return Set.copyOf(present);
    }

    /** The day it was held, or null while it is not marked held; marked held, it needs the day. */
    LocalDate heldDay() {
        if (!Boolean.TRUE.equals(held)) {
            return null;
        }
        if (heldOn == null) {
            throw new RoundTableRefused("meeting.minutes.heldOnRequired", "heldOn");
        }
        return heldOn;
    }

    public boolean wasPresent(UUID participantId) {
        return present.contains(participantId);
    }
}
