package nl.eenplan.meeting.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** M-2, M-3: taking the initiative; the window counts from this day (today when empty). */
record InitiativeForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate initiatedOn) {}
