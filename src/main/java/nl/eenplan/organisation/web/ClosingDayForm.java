package nl.eenplan.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A day on which a municipality is closed, with the reason users see. */
record ClosingDayForm(
        @NotNull(message = "{closingDay.day.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate day,

        @NotBlank(message = "{closingDay.reason.required}") @Size(max = 120, message = "{closingDay.reason.tooLong}")
        String reason) {

    static ClosingDayForm empty() {
        return new ClosingDayForm(null, "");
    }
}
