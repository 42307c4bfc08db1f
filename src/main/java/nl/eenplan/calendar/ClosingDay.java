package nl.eenplan.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A day on which a municipality is closed, with the reason shown to users ("brugdag"). */
public record ClosingDay(UUID municipalityId, LocalDate day, String reason) {

    public ClosingDay {
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(day, "day");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a closing day needs a reason");
        }
        reason = reason.strip();
    }
}
