package nl.eenplan.escalation.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** E-3: the day the two managers met. */
record MeetingForm(
        Integer version,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate metOn) {

    static MeetingForm empty() {
        return new MeetingForm(null, null);
    }
}
