package nl.eenplan.organisation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import nl.eenplan.organisation.TrainingKind;
import org.springframework.format.annotation.DateTimeFormat;

/** IMP-5: a completed training to record, with the account version the administrator saw. */
record TrainingForm(
        @NotNull(message = "{training.kind.required}") TrainingKind kind,

        @NotNull(message = "{training.completedOn.required}")
        @PastOrPresent(message = "{training.completedOn.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate completedOn,

        @NotNull(message = "{people.version.required}") Integer version) {

    static TrainingForm empty(int version) {
        return new TrainingForm(TrainingKind.METHOD_BASIC, null, version);
    }
}
